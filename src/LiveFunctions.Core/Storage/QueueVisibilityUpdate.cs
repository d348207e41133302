namespace LiveFunctions.Core.Storage;

/// <summary>What <see cref="StorageQueues.UpdateVisibilityAsync"/> returns: the receipt to use from now on and when the message reappears.</summary>
/// <param name="PopReceipt">The new pop receipt (the old one is no longer valid).</param>
/// <param name="NextVisibleTime">When the message becomes visible again.</param>
/// <param name="ServerDate">The storage service's clock (the response's <c>Date</c> header).</param>
public sealed record QueueVisibilityUpdate(string PopReceipt, DateTimeOffset NextVisibleTime, DateTimeOffset ServerDate);
