using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>
/// Makes the deployment's one value <c>IndexFiles__Domains=a.com,b.com</c> and the list form
/// <c>IndexFiles__Domains__0</c> give the same <see cref="IndexFilesOptions.Domains"/>: the binder fills a list only from
/// child keys, so the section's own value is read here too; every entry is split on commas and trimmed. Empty parts
/// are dropped; a domain named twice is kept once (first place).
/// </summary>
internal sealed class IndexFilesDomainsSplitter(IConfiguration configuration) : IPostConfigureOptions<IndexFilesOptions>
{
    public void PostConfigure(string? name, IndexFilesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var entries = options.Domains.ToList();
        if (configuration.GetSection(IndexFilesOptions.SectionName).GetSection(nameof(IndexFilesOptions.Domains)).Value is { } single)
        {
            entries.Add(single);
        }

        options.Domains.Clear();
        foreach (var domain in Split(entries))
        {
            options.Domains.Add(domain);
        }
    }

    /// <summary>The entries split on commas, trimmed, without empty parts or repeats.</summary>
    public static IReadOnlyList<string> Split(IEnumerable<string?> entries) =>
        entries
            .SelectMany(entry => (entry ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
