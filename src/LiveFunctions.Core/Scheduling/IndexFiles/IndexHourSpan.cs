namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>A run of consecutive hours, <see cref="First"/> to <see cref="Last"/> both included.</summary>
/// <param name="First">The oldest hour.</param>
/// <param name="Last">The newest hour (not before First).</param>
public sealed record IndexHourSpan(IndexHour First, IndexHour Last)
{
    /// <summary>How many hours the span holds.</summary>
    public int Count => First.HoursUntil(Last) + 1;

    /// <summary>The span as the half-open range it covers, <c>[first start, last end)</c>.</summary>
    public override string ToString() => $"{Count} hour(s) [{Validation.AlibabaTime.ToWire(First.Start)}, {Validation.AlibabaTime.ToWire(Last.End)})";
}
