using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>
/// Splits every bound <see cref="IndexFilesOptions.Domains"/> entry on commas and trims the parts, so that the
/// deployment's one value <c>IndexFiles__Domains=a.com,b.com</c> and the list form <c>IndexFiles__Domains__0</c> give
/// the same domains. Empty parts are dropped; a domain named twice is kept once (first place).
/// </summary>
internal sealed class IndexFilesDomainsSplitter : IPostConfigureOptions<IndexFilesOptions>
{
    public void PostConfigure(string? name, IndexFilesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var domains = Split(options.Domains);
        options.Domains.Clear();
        foreach (var domain in domains)
        {
            options.Domains.Add(domain);
        }
    }

    /// <summary>The entries split on commas, trimmed, without empty parts or repeats.</summary>
    public static IReadOnlyList<string> Split(IEnumerable<string> entries) =>
        entries
            .SelectMany(entry => (entry ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
