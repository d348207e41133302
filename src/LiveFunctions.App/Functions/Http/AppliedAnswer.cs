namespace LiveFunctions.App.Functions.Http;

/// <summary>What every successful (not dry-run) answer says: which operation applied the request, its RequestId, and what happened.</summary>
internal interface IAppliedAnswer
{
    /// <summary>The OpenAPI action that applied the request.</summary>
    string Action { get; }

    /// <summary>The service's RequestId of that call.</summary>
    string RequestId { get; }

    /// <summary>One of <see cref="Outcomes"/>.</summary>
    string Outcome { get; }
}

/// <summary>The answer of a call that was applied: which operation did it, the service's RequestId, and what happened.</summary>
/// <param name="Action">The OpenAPI action that applied the request (record-config: Update, or Add when it created the config).</param>
/// <param name="RequestId">The service's RequestId of that call.</param>
/// <param name="Outcome">One of <see cref="Outcomes"/>.</param>
internal sealed record AppliedAnswer(string Action, string RequestId, string Outcome) : IAppliedAnswer
{
    /// <summary>
    /// record-config: body fields that only a new config takes (OssBucket, the object prefixes) and that the update of the
    /// existing config therefore left as they were. Null when there were none.
    /// </summary>
    public IReadOnlyList<string>? NotApplied { get; init; }
}

/// <summary>The values of <see cref="AppliedAnswer.Outcome"/>.</summary>
internal static class Outcomes
{
    /// <summary>An existing configuration or job was changed.</summary>
    public const string Updated = "Updated";

    /// <summary>A new configuration or index file was created.</summary>
    public const string Created = "Created";

    /// <summary>
    /// The service answered <c>ConfigAlreadyExists</c> to a retried Add: an earlier attempt of this same call reached
    /// the service and created it (for record-config checked with DescribeLiveRecordConfig).
    /// </summary>
    public const string CreatedByEarlierAttempt = "CreatedByEarlierAttempt";
}
