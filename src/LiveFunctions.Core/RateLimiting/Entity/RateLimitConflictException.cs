namespace LiveFunctions.Core.RateLimiting.Entity;

/// <summary>
/// A rate-limit entity could not be changed: every conditional write of <see cref="Attempts"/> lost to another
/// writer (ETag conflict). The call it was for is not sent.
/// </summary>
public sealed class RateLimitConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RateLimitConflictException(string key, int attempts)
        : base($"The rate-limit entity {key} stayed contended: {attempts} conditional writes in a row lost to other writers (RateLimits:MaxConflictRetries).")
    {
        Key = key;
        Attempts = attempts;
    }

    /// <summary>The key (AccessKeyId/product/action).</summary>
    public string Key { get; }

    /// <summary>Writes tried.</summary>
    public int Attempts { get; }
}
