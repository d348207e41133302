using System.Text.RegularExpressions;

namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>The naming rules the Functions host and Azure Storage apply; checked when a function is declared.</summary>
internal static partial class FunctionNames
{
    /// <summary>The route prefix of HTTP functions (the Functions default, <c>extensions.http.routePrefix</c> unset).</summary>
    public const string RoutePrefix = "api";

    public static void ThrowIfInvalidFunctionName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!FunctionNameRegex().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a valid function name (a letter, then letters, digits, '-' or '_'; at most 128).", nameof(name));
        }
    }

    public static void ThrowIfInvalidBindingName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!BindingNameRegex().IsMatch(name) || name is "req" or "res" or "timer" or "message")
        {
            throw new ArgumentException($"'{name}' is not a valid output binding name (a letter, then letters or digits; req, res, timer and message are taken by the triggers).", nameof(name));
        }
    }

    public static void ThrowIfInvalidQueueName(string queueName)
    {
        ArgumentNullException.ThrowIfNull(queueName);

        // Storage allows 63 characters; 56 leaves room for the "-poison" queue the trigger creates.
        if (queueName.Length is < 3 or > 56 || !QueueNameRegex().IsMatch(queueName))
        {
            throw new ArgumentException($"'{queueName}' is not a valid queue name (3-56 lower-case letters, digits and single hyphens, not at either end).", nameof(queueName));
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex FunctionNameRegex();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,63}$")]
    private static partial Regex BindingNameRegex();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$")]
    private static partial Regex QueueNameRegex();
}
