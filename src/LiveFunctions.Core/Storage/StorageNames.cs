namespace LiveFunctions.Core.Storage;

/// <summary>
/// The naming rules of Azure Storage that we check before sending (a wrong name otherwise comes back as a 400 that
/// hides the cause), and the escaping of names into URL paths.
/// </summary>
internal static class StorageNames
{
    /// <summary>Largest blob name, in characters.</summary>
    public const int MaxBlobNameLength = 1024;

    /// <summary>3-24 lower-case letters and digits.</summary>
    public static bool IsAccountName(string name) =>
        name.Length is >= 3 and <= 24 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    /// <summary>
    /// Queue and container names: 3-63 characters of lower-case letters, digits and single hyphens, starting and ending
    /// with a letter or digit. (Containers also allow <c>$root</c> and friends, which this pack never uses.)
    /// </summary>
    public static bool IsQueueOrContainerName(string name)
    {
        if (name.Length is < 3 or > 63 || name[0] == '-' || name[^1] == '-' || name.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        return name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
    }

    /// <summary>Throws <see cref="ArgumentException"/> for a name the queue service would refuse.</summary>
    public static void ThrowIfInvalidQueue(string queue, string parameterName = "queue")
    {
        ArgumentNullException.ThrowIfNull(queue, parameterName);
        if (!IsQueueOrContainerName(queue))
        {
            throw new ArgumentException(
                $"'{queue}' is not a valid queue name: 3-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.",
                parameterName);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> for a name the blob service would refuse.</summary>
    public static void ThrowIfInvalidContainer(string container, string parameterName = "container")
    {
        ArgumentNullException.ThrowIfNull(container, parameterName);
        if (!IsQueueOrContainerName(container))
        {
            throw new ArgumentException(
                $"'{container}' is not a valid container name: 3-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.",
                parameterName);
        }
    }

    /// <summary>
    /// Throws for a blob name that is empty, too long, or has a <c>.</c>/<c>..</c> segment or an empty segment (URL
    /// normalisation would silently change which blob is addressed).
    /// </summary>
    public static void ThrowIfInvalidBlob(string name, string parameterName = "name")
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        if (name.Length is 0 or > MaxBlobNameLength)
        {
            throw new ArgumentException($"A blob name has 1-{MaxBlobNameLength} characters; got {name.Length}.", parameterName);
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                throw new ArgumentException(
                    $"Blob name '{name}' has an empty, '.' or '..' path segment, which URL normalisation would change.", parameterName);
            }
        }
    }

    /// <summary>Escapes each <c>/</c>-separated segment for a URL path, keeping the slashes.</summary>
    public static string EscapePath(string name) => string.Join('/', name.Split('/').Select(Uri.EscapeDataString));
}
