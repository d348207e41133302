namespace LiveFunctions.Core.Callbacks.Delivery;

/// <summary>How delivering one snapshot to one subscriber went.</summary>
/// <param name="Subscriber">The subscriber's name.</param>
/// <param name="Delivered">True when an attempt got a 2xx answer.</param>
/// <param name="Attempts">The attempts made.</param>
/// <param name="StatusCode">The HTTP status of the last answer, when there was one.</param>
/// <param name="Failure">Why the last attempt failed (no URL, no secret), when not delivered.</param>
public sealed record SubscriberDeliveryResult(string Subscriber, bool Delivered, int Attempts, int? StatusCode, string? Failure);
