namespace LiveFunctions.Emulator.Tests.Support;

/// <summary>Builds variations of a valid parameter set: each call returns a new dictionary.</summary>
public static class ParameterSets
{
    public static Dictionary<string, string> With(this IReadOnlyDictionary<string, string> parameters, params (string Name, string Value)[] changes)
    {
        var copy = new Dictionary<string, string>(parameters, StringComparer.Ordinal);
        foreach (var (name, value) in changes)
        {
            copy[name] = value;
        }

        return copy;
    }

    public static Dictionary<string, string> Without(this IReadOnlyDictionary<string, string> parameters, params string[] names)
    {
        var copy = new Dictionary<string, string>(parameters, StringComparer.Ordinal);
        foreach (var name in names)
        {
            copy.Remove(name);
        }

        return copy;
    }

    /// <summary>The wire form of a time.</summary>
    public static string Wire(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
