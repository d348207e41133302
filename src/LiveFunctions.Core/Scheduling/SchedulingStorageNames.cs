using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using LiveFunctions.Core.Scheduling.IndexFiles;

namespace LiveFunctions.Core.Scheduling;

/// <summary>
/// Where the scheduling records live in Blob storage: one container, one prefix per kind of record. Every name part
/// that comes from a user (domain, AppName, StreamName, JobId) is one encoded path segment (<c>/</c>, <c>%</c>, spaces
/// and other characters outside <c>A-Z a-z 0-9 - _ .</c> become <c>%XX</c>), so names cannot collide or add levels.
/// The index outcomes are laid out by domain, then UTC date and hour, so that a range of
/// <c>GET /api/domains/{DomainName}/index-files?from=&amp;to=</c> is a prefix listing per hour (or per whole day).
/// </summary>
public static class SchedulingStorageNames
{
    /// <summary>The blob container of all scheduling records.</summary>
    public const string Container = "scheduling";

    /// <summary>The prefix of the index outcomes.</summary>
    public const string IndexOutcomesPrefix = "index-outcomes/";

    /// <summary>The prefix of the per-domain index checkpoints.</summary>
    public const string IndexCheckpointsPrefix = "index-checkpoints/";

    /// <summary>The prefix of the registered transcode schedules.</summary>
    public const string TranscodeSchedulesPrefix = "transcode-schedules/";

    /// <summary>The prefix of the last action taken per transcode schedule.</summary>
    public const string TranscodeActionsPrefix = "transcode-actions/";

    /// <summary><c>index-outcomes/{domain}/{yyyy}/{MM}/{dd}/{HH}/{app}/{stream}.json</c> (UTC hour).</summary>
    public static string IndexOutcomeBlob(IndexWorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"{IndexOutcomeHourPrefix(item.DomainName, item.Hour)}{BlobNameSegment.Encode(item.AppName)}/{BlobNameSegment.Encode(item.StreamName)}.json";
    }

    /// <summary><c>index-outcomes/{domain}/{yyyy}/{MM}/{dd}/{HH}/</c>: lists every outcome of one domain and hour.</summary>
    public static string IndexOutcomeHourPrefix(string domainName, IndexHour hour) =>
        $"{IndexOutcomeDayPrefix(domainName, hour.Start)}{hour.Start.ToString("HH", CultureInfo.InvariantCulture)}/";

    /// <summary>
    /// The fewest prefixes that list exactly the outcomes of the hours <paramref name="first"/> to
    /// <paramref name="last"/> (both included), oldest first: a whole UTC day inside the range is one day prefix
    /// (<c>index-outcomes/{domain}/{yyyy}/{MM}/{dd}/</c>), other hours one hour prefix each.
    /// </summary>
    public static IReadOnlyList<string> IndexOutcomePrefixes(string domainName, IndexHour first, IndexHour last)
    {
        var prefixes = new List<string>();
        for (var hour = first; hour <= last;)
        {
            if (hour.Start.Hour == 0 && hour.AddHours(23) <= last)
            {
                prefixes.Add(IndexOutcomeDayPrefix(domainName, hour.Start));
                hour = hour.AddHours(24);
            }
            else
            {
                prefixes.Add(IndexOutcomeHourPrefix(domainName, hour));
                hour = hour.Next;
            }
        }

        return prefixes;
    }

    /// <summary>Reads a blob name written by <see cref="IndexOutcomeBlob"/> back into its work item; false for any other name.</summary>
    public static bool TryParseIndexOutcomeBlob(string blobName, [NotNullWhen(true)] out IndexWorkItem? item)
    {
        item = null;
        if (blobName is null || !blobName.StartsWith(IndexOutcomesPrefix, StringComparison.Ordinal) || !blobName.EndsWith(".json", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = blobName[IndexOutcomesPrefix.Length..^".json".Length].Split('/');
        if (parts.Length != 7
            || !BlobNameSegment.TryDecode(parts[0], out var domain)
            || !BlobNameSegment.TryDecode(parts[5], out var app)
            || !BlobNameSegment.TryDecode(parts[6], out var stream)
            || !DateTimeOffset.TryParseExact(
                $"{parts[1]}-{parts[2]}-{parts[3]}T{parts[4]}",
                "yyyy-MM-dd'T'HH",
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var start))
        {
            return false;
        }

        // Only the spelling this class writes counts (e.g. "%41" decodes to "A" but is not a name it writes).
        var candidate = new IndexWorkItem(domain, app, stream, start);
        if (IndexOutcomeBlob(candidate) != blobName)
        {
            return false;
        }

        item = candidate;
        return true;
    }

    /// <summary><c>index-checkpoints/{domain}.json</c>.</summary>
    public static string IndexCheckpointBlob(string domainName) => $"{IndexCheckpointsPrefix}{BlobNameSegment.Encode(domainName)}.json";

    /// <summary><c>transcode-schedules/{jobId}.json</c>: the registered schedule (written by <c>PUT /api/transcode-jobs/{JobId}/schedule</c>).</summary>
    public static string TranscodeScheduleBlob(string jobId) => $"{TranscodeSchedulesPrefix}{BlobNameSegment.Encode(jobId)}.json";

    /// <summary><c>transcode-actions/{jobId}.json</c>: the last action the rotation took (written by the executor; a separate blob, so the two writers never race).</summary>
    public static string TranscodeActionBlob(string jobId) => $"{TranscodeActionsPrefix}{BlobNameSegment.Encode(jobId)}.json";

    private static string IndexOutcomeDayPrefix(string domainName, DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return $"{IndexOutcomesPrefix}{BlobNameSegment.Encode(domainName)}/{utc.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture)}/";
    }
}
