namespace LiveFunctions.Core.Callbacks.Parsing;

/// <summary>The fields a snapshot callback body may carry, and the key spellings accepted for each.</summary>
internal enum SnapshotField
{
    Event,
    Domain,
    App,
    Stream,
    OssEndpoint,
    OssBucket,
    OssObject,
    Time,
}

/// <summary>
/// Key aliases. Keys are compared after lower-casing and dropping <c>_</c> and <c>-</c>, so <c>OssEndpoint</c>,
/// <c>ossEndpoint</c> and <c>oss_endpoint</c> are one key.
/// </summary>
internal static class SnapshotFieldAliases
{
    private static readonly Dictionary<string, SnapshotField> Aliases = new(StringComparer.Ordinal)
    {
        ["event"] = SnapshotField.Event,
        ["eventname"] = SnapshotField.Event,
        ["eventtype"] = SnapshotField.Event,
        ["domain"] = SnapshotField.Domain,
        ["domainname"] = SnapshotField.Domain,
        ["app"] = SnapshotField.App,
        ["appname"] = SnapshotField.App,
        ["stream"] = SnapshotField.Stream,
        ["streamname"] = SnapshotField.Stream,
        ["ossendpoint"] = SnapshotField.OssEndpoint,
        ["endpoint"] = SnapshotField.OssEndpoint,
        ["ossbucket"] = SnapshotField.OssBucket,
        ["bucket"] = SnapshotField.OssBucket,
        ["ossobject"] = SnapshotField.OssObject,
        ["object"] = SnapshotField.OssObject,
        ["uri"] = SnapshotField.OssObject,
        ["time"] = SnapshotField.Time,
        ["timestamp"] = SnapshotField.Time,
        ["createtime"] = SnapshotField.Time,
        ["snapshottime"] = SnapshotField.Time,
    };

    public static bool TryFind(string key, out SnapshotField field) => Aliases.TryGetValue(Normalise(key), out field);

    private static string Normalise(string key)
    {
        Span<char> buffer = key.Length <= 64 ? stackalloc char[key.Length] : new char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if (c is not ('_' or '-'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
