using System.Globalization;

namespace LiveFunctions.Core.Callbacks;

/// <summary>One webhook that receives every understood snapshot, signed with its own secret.</summary>
public sealed class SnapshotSubscriberOptions
{
    /// <summary>A unique name (letters, digits, <c>-</c>, <c>_</c>; at most 64), used in logs and delivery markers.</summary>
    public string Name { get; set; } = "";

    /// <summary>The absolute http(s) URL the event is POSTed to.</summary>
    public Uri? Url { get; set; }

    /// <summary>The HMAC-SHA256 key of the <c>X-LiveFunctions-Signature</c> header (at least 16 characters).</summary>
    public string Secret { get; set; } = "";

    /// <summary>The timeout of one attempt; <see cref="SnapshotCallbackOptions.SubscriberTimeout"/> when not set.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>The subscriber with its secret hidden and the URL's query and user information left out.</summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{{ Name = {Name}, Url = {Redaction.Url(Url)}, Secret = {Redaction.Secret(Secret)}, Timeout = {Timeout} }}");
}
