using System.Collections.ObjectModel;
using System.Globalization;

namespace LiveFunctions.Core.Callbacks;

/// <summary>
/// Settings of the snapshot callback intake, processor and subscriber fan-out (configuration section
/// <c>SnapshotCallbacks</c>, docs/snapshot-callbacks.md). <see cref="ToString"/> never shows a key or secret.
/// </summary>
public sealed class SnapshotCallbackOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "SnapshotCallbacks";

    /// <summary>The default and largest allowed <see cref="MaxBodyBytes"/>: 64 KiB.</summary>
    public const int DefaultMaxBodyBytes = 64 * 1024;

    /// <summary>
    /// The NotifyAuthKey configured on the Live domain. When set, every callback must carry a valid
    /// <c>ALI-LIVE-TIMESTAMP</c> / <c>ALI-LIVE-SIGNATURE</c> pair. When empty, callbacks are accepted unauthenticated
    /// (a warning is logged once) unless <see cref="RequireAuthKey"/> is set.
    /// </summary>
    public string? AuthKey { get; set; }

    /// <summary>The key being rotated out; accepted only while the clock is before <see cref="PreviousAuthKeyValidUntil"/>.</summary>
    public string? PreviousAuthKey { get; set; }

    /// <summary>The end (exclusive, UTC) of the rotation window of <see cref="PreviousAuthKey"/>. Required when that key is set.</summary>
    public DateTimeOffset? PreviousAuthKeyValidUntil { get; set; }

    /// <summary>When true an auth key is mandatory: startup validation fails without <see cref="AuthKey"/>.</summary>
    public bool RequireAuthKey { get; set; }

    /// <summary>
    /// The host of the callback URL given to Live (a host, <c>host:port</c> or the whole URL; the port is dropped).
    /// Without it the request's <c>Host</c> header minus any port is used to check the signature.
    /// </summary>
    public string? CallbackHost { get; set; }

    /// <summary>How far <c>ALI-LIVE-TIMESTAMP</c> may be from the clock, in either direction. Default 5 minutes.</summary>
    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest callback body accepted (the intake answers 413 above it). Default and maximum 64 KiB.</summary>
    public int MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>The webhooks every understood snapshot is delivered to.</summary>
    public Collection<SnapshotSubscriberOptions> Subscribers { get; } = [];

    /// <summary>The timeout of one delivery attempt for subscribers that set none. Default 10 seconds.</summary>
    public TimeSpan SubscriberTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Delivery attempts per subscriber in one processing run (first try included). Default 3.</summary>
    public int DeliveryAttempts { get; set; } = 3;

    /// <summary>The back-off after the first failed attempt; it doubles per attempt (with jitter). Default 1 second.</summary>
    public TimeSpan DeliveryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off between two attempts. Default 10 seconds.</summary>
    public TimeSpan DeliveryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The settings with every key and secret shown only as set or not set.</summary>
    public override string ToString()
    {
        var subscribers = string.Join(", ", Subscribers.Select(s => s.ToString()));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"SnapshotCallbacks {{ AuthKey = {Redaction.Secret(AuthKey)}, PreviousAuthKey = {Redaction.Secret(PreviousAuthKey)}, " +
            $"PreviousAuthKeyValidUntil = {PreviousAuthKeyValidUntil:O}, RequireAuthKey = {RequireAuthKey}, CallbackHost = {CallbackHost}, " +
            $"AllowedClockSkew = {AllowedClockSkew}, MaxBodyBytes = {MaxBodyBytes}, SubscriberTimeout = {SubscriberTimeout}, " +
            $"DeliveryAttempts = {DeliveryAttempts}, DeliveryBaseDelay = {DeliveryBaseDelay}, DeliveryMaxDelay = {DeliveryMaxDelay}, " +
            $"Subscribers = [{subscribers}] }}");
    }
}
