using System.Globalization;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.Common;

/// <summary>
/// Reads an action's parameters in the order the service checks them and keeps the first broken rule. Codes follow
/// the gateway's convention where a document lists none: <c>Missing{Parameter}</c> for an absent required parameter,
/// <c>Invalid{Parameter}.Malformed</c> for a malformed value. Nothing here throws.
/// </summary>
internal sealed class ParameterReader(ActionContext context)
{
    /// <summary>The first broken rule, or null while every read succeeded.</summary>
    public ServiceError? Error { get; private set; }

    /// <summary>Records a broken rule unless an earlier one is already recorded.</summary>
    public void Fail(ServiceError error) => Error ??= error;

    /// <summary>The error of an absent required parameter.</summary>
    public static ServiceError Missing(string name) => new(400, $"Missing{name}", $"{name} is mandatory for this action.");

    /// <summary>The error of a malformed value.</summary>
    public static ServiceError Malformed(string name, string rule) =>
        new(400, $"Invalid{name}.Malformed", $"Specified {name} is malformed: {rule}");

    /// <summary>A required string; empty counts as absent.</summary>
    public string Required(string name)
    {
        var value = context.Get(name);
        if (string.IsNullOrEmpty(value))
        {
            Fail(Missing(name));
            return "";
        }

        return value;
    }

    /// <summary>An optional string; empty counts as absent.</summary>
    public string? Optional(string name)
    {
        var value = context.Get(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A required time in the wire format; <paramref name="malformed"/> is the documented error for a bad layout.</summary>
    public DateTimeOffset RequiredTime(string name, ServiceError? malformed = null)
    {
        var value = Required(name);
        if (value.Length == 0)
        {
            return default;
        }

        if (!WireTime.TryParse(value, out var time))
        {
            Fail(malformed ?? Malformed(name, "expected yyyy-MM-ddTHH:mm:ssZ (UTC)."));
        }

        return time;
    }

    /// <summary>An optional integer within [min, max]; absent gives <paramref name="fallback"/>.</summary>
    public int OptionalInt(string name, int fallback, int min, int max)
    {
        var value = Optional(name);
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Fail(Malformed(name, $"expected an integer from {min} to {max}."));
            return fallback;
        }

        return number;
    }

    /// <summary>An optional boolean (<c>true</c>/<c>false</c>, any case: the C# SDK sends <c>True</c>).</summary>
    public bool OptionalBool(string name, bool fallback, ServiceError? malformed = null)
    {
        var value = Optional(name);
        if (value is null)
        {
            return fallback;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        Fail(malformed ?? Malformed(name, "expected true or false."));
        return fallback;
    }

    /// <summary>An optional value from a fixed set (compared ordinally, case-insensitive); absent gives <paramref name="fallback"/>.</summary>
    public string OptionalChoice(string name, string fallback, params string[] allowed)
    {
        var value = Optional(name);
        if (value is null)
        {
            return fallback;
        }

        var match = Array.Find(allowed, a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Fail(Malformed(name, $"expected one of {string.Join(", ", allowed)}."));
            return fallback;
        }

        return match;
    }
}
