namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>What the executor does with the result of one CreateLiveStreamRecordIndexFiles call.</summary>
public enum IndexCallClass
{
    /// <summary>The manifest was created: record the outcome <see cref="IndexOutcomeStatus.Created"/>.</summary>
    Created,

    /// <summary>Nothing to index for that stream and hour: record <see cref="IndexOutcomeStatus.Empty"/>; not an error.</summary>
    Empty,

    /// <summary>A passing failure (throttling, 5xx, network): record nothing and fail the message so the queue retries it.</summary>
    Retryable,

    /// <summary>A failure that a retry cannot fix (a broken rule, another 4xx): record <see cref="IndexOutcomeStatus.Failed"/>, log it clearly, and poison the message.</summary>
    Permanent,
}

/// <summary>Classifies a call result by HTTP status and Alibaba error code, so that the executor only switches on the class.</summary>
public static class IndexCallClassifier
{
    /// <summary>The codes that mean "nothing recorded": no TS content in the hour, or no such stream (the stream never recorded).</summary>
    public static readonly IReadOnlyList<string> EmptyCodes = ["NoRecordContent", "InvalidStream.NotFound"];

    /// <summary>
    /// The class of a call result.
    /// </summary>
    /// <param name="statusCode">The HTTP status: 2xx for an answer, 0 when no answer arrived (network failure, timeout),
    /// 400 for a request that failed validation and was not sent (<c>AlibabaApiException.StatusCode</c>).</param>
    /// <param name="code">The Alibaba error code (<c>AlibabaApiException.Code</c>); null or empty on success.</param>
    /// <remarks>
    /// Order: an empty code wins over every status (the service answers NoRecordContent with 400); then 2xx is created;
    /// then what <see cref="CallRetryRules.IsRetryable"/> accepts (status 0, 429, 5xx, throttling and the retry-recommended codes) is retryable; everything else
    /// (validation failures, InvalidConfig.Changed, RecordContentExceed, InvalidBucket.NotFound, signature and
    /// permission errors, unexpected 1xx/3xx) is permanent.
    /// </remarks>
    public static IndexCallClass Classify(int statusCode, string? code)
    {
        if (!string.IsNullOrEmpty(code) && EmptyCodes.Contains(code, StringComparer.Ordinal))
        {
            return IndexCallClass.Empty;
        }

        if (statusCode is >= 200 and < 300)
        {
            return IndexCallClass.Created;
        }

        return CallRetryRules.IsRetryable(statusCode, code) ? IndexCallClass.Retryable : IndexCallClass.Permanent;
    }
}
