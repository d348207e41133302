using LiveFunctions.Core.Callbacks.Authentication;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Callbacks;

/// <summary>
/// Startup checks of <see cref="SnapshotCallbackOptions"/>. The messages name settings, never their values, so no key or
/// secret can end up in a startup error.
/// </summary>
internal sealed class SnapshotCallbackOptionsValidator : IValidateOptions<SnapshotCallbackOptions>
{
    /// <summary>The longest subscriber name (it is a blob name segment of the delivery markers).</summary>
    public const int MaxSubscriberNameLength = 64;

    /// <summary>The shortest subscriber secret accepted.</summary>
    public const int MinSubscriberSecretLength = 16;

    private const string Section = SnapshotCallbackOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, SnapshotCallbackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateKeys(options, failures);
        ValidateLimits(options, failures);
        ValidateSubscribers(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateKeys(SnapshotCallbackOptions options, List<string> failures)
    {
        var hasKey = !string.IsNullOrEmpty(options.AuthKey);
        if (options.RequireAuthKey && !hasKey)
        {
            failures.Add($"{Section}:RequireAuthKey is true but {Section}:AuthKey is not set; every callback would be rejected.");
        }

        if (!string.IsNullOrEmpty(options.PreviousAuthKey))
        {
            if (!hasKey)
            {
                failures.Add($"{Section}:PreviousAuthKey is set without {Section}:AuthKey; set the new key as AuthKey.");
            }

            if (options.PreviousAuthKeyValidUntil is null)
            {
                failures.Add($"{Section}:PreviousAuthKeyValidUntil (UTC) is required when {Section}:PreviousAuthKey is set, so the rotation window ends.");
            }
        }

        if (options.CallbackHost is not null && !CallbackHostName.TryNormalise(options.CallbackHost, out _))
        {
            failures.Add($"{Section}:CallbackHost must be a host name, host:port or an absolute URL.");
        }
    }

    private static void ValidateLimits(SnapshotCallbackOptions options, List<string> failures)
    {
        if (options.AllowedClockSkew <= TimeSpan.Zero || options.AllowedClockSkew > TimeSpan.FromDays(1))
        {
            failures.Add($"{Section}:AllowedClockSkew must be more than zero and at most one day.");
        }

        if (options.MaxBodyBytes < 1 || options.MaxBodyBytes > SnapshotCallbackOptions.DefaultMaxBodyBytes)
        {
            failures.Add($"{Section}:MaxBodyBytes must be between 1 and {SnapshotCallbackOptions.DefaultMaxBodyBytes}.");
        }

        if (!IsTimeout(options.SubscriberTimeout))
        {
            failures.Add($"{Section}:SubscriberTimeout must be more than zero and at most 5 minutes.");
        }

        if (options.DeliveryAttempts < 1 || options.DeliveryAttempts > 10)
        {
            failures.Add($"{Section}:DeliveryAttempts must be between 1 and 10.");
        }

        if (options.DeliveryBaseDelay < TimeSpan.Zero || options.DeliveryMaxDelay < options.DeliveryBaseDelay
            || options.DeliveryMaxDelay > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Section}:DeliveryBaseDelay must be at least zero and at most {Section}:DeliveryMaxDelay, which is at most 5 minutes.");
        }
    }

    private static void ValidateSubscribers(SnapshotCallbackOptions options, List<string> failures)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Subscribers.Count; i++)
        {
            var subscriber = options.Subscribers[i];
            var at = $"{Section}:Subscribers:{i}";
            if (!IsSubscriberName(subscriber.Name))
            {
                failures.Add($"{at}:Name must be 1 to {MaxSubscriberNameLength} letters, digits, '-' or '_'.");
            }
            else if (!names.Add(subscriber.Name))
            {
                failures.Add($"{at}:Name '{subscriber.Name}' is used by another subscriber (names are compared ignoring case).");
            }

            if (subscriber.Url is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add($"{at}:Url must be an absolute http or https URL.");
            }

            if (string.IsNullOrEmpty(subscriber.Secret) || subscriber.Secret.Length < MinSubscriberSecretLength)
            {
                failures.Add($"{at}:Secret must be at least {MinSubscriberSecretLength} characters.");
            }

            if (subscriber.Timeout is { } timeout && !IsTimeout(timeout))
            {
                failures.Add($"{at}:Timeout must be more than zero and at most 5 minutes.");
            }
        }
    }

    private static bool IsTimeout(TimeSpan value) => value > TimeSpan.Zero && value <= TimeSpan.FromMinutes(5);

    internal static bool IsSubscriberName(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxSubscriberNameLength
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
}
