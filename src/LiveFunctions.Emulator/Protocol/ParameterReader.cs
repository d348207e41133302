using System.Globalization;

namespace LiveFunctions.Emulator.Protocol;

/// <summary>
/// Reads an action's wire parameters with the documented error on a bad value, without throwing: the first broken
/// rule is kept in <see cref="Error"/> and later reads return defaults, so a handler reads everything and then checks
/// <see cref="Error"/> once. An empty value counts as absent, as on the service. Flattened lists
/// (<c>TranscodeTemplates.N</c>, <c>RecordFormat.N.Field</c>) come back ordered by N.
/// </summary>
internal sealed class ParameterReader
{
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly string _prefix;
    private readonly ParameterReader? _root;
    private ServiceError? _error;

    /// <summary>Reads the given parameters (usually <see cref="ActionContext.Parameters"/>).</summary>
    public ParameterReader(IReadOnlyDictionary<string, string> parameters)
        : this(parameters, "", null)
    {
    }

    private ParameterReader(IReadOnlyDictionary<string, string> parameters, string prefix, ParameterReader? root)
    {
        _parameters = parameters;
        _prefix = prefix;
        _root = root;
    }

    /// <summary>The first broken rule, or null when every read so far was fine.</summary>
    public ServiceError? Error => _root is null ? _error : _root.Error;

    /// <summary>The full wire name of a field read by this reader (e.g. <c>RecordFormat.1.Format</c>).</summary>
    public string NameOf(string name) => _prefix + name;

    /// <summary>Records an error unless one is already recorded.</summary>
    public void Fail(ServiceError error)
    {
        if (_root is not null)
        {
            _root.Fail(error);
            return;
        }

        _error ??= error;
    }

    /// <summary>The value, or null when absent or empty.</summary>
    public string? Optional(string name) =>
        _parameters.TryGetValue(_prefix + name, out var value) && value.Length > 0 ? value : null;

    /// <summary>The value; <c>Missing{Name}</c> (400) when absent or empty.</summary>
    public string Required(string name)
    {
        var value = Optional(name);
        if (value is null)
        {
            Fail(ServiceErrors.Missing(NameOf(name)));
            return "";
        }

        return value;
    }

    /// <summary>An integer, or null when absent; <paramref name="malformed"/> (default <c>Invalid{Name}.Malformed</c>) when not one.</summary>
    public int? OptionalInt(string name, ServiceError? malformed = null)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        if (IsInteger(text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Fail(malformed ?? ServiceErrors.Malformed(NameOf(name), "It must be an integer."));
        return null;
    }

    /// <summary>An integer; <c>Missing{Name}</c> when absent, <paramref name="malformed"/> when not one (null in both cases).</summary>
    public int? RequiredInt(string name, ServiceError? malformed = null)
    {
        if (Optional(name) is null)
        {
            Fail(ServiceErrors.Missing(NameOf(name)));
            return null;
        }

        return OptionalInt(name, malformed);
    }

    /// <summary>
    /// An integer within [<paramref name="min"/>, <paramref name="max"/>]; absent gives <paramref name="fallback"/>, and
    /// a value that is not an integer or lies outside the range is <c>Invalid{Name}.Malformed</c> (and gives the fallback).
    /// </summary>
    public int IntInRange(string name, int fallback, int min, int max)
    {
        var rule = string.Create(CultureInfo.InvariantCulture, $"Valid values: {min} to {max}.");
        var value = OptionalInt(name, ServiceErrors.Malformed(NameOf(name), rule));
        if (value is null)
        {
            return fallback;
        }

        if (value < min || value > max)
        {
            Fail(ServiceErrors.Malformed(NameOf(name), rule));
            return fallback;
        }

        return value.Value;
    }

    /// <summary>
    /// A value of a fixed set, matched case-insensitively and returned as <paramref name="allowed"/> spells it; absent
    /// gives <paramref name="fallback"/>, another value is <c>Invalid{Name}.Malformed</c> (and gives the fallback).
    /// </summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        var value = Optional(name);
        if (value is null)
        {
            return fallback;
        }

        var match = Array.Find(allowed, candidate => string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Fail(ServiceErrors.Malformed(NameOf(name), $"Valid values: {string.Join(", ", allowed)}."));
            return fallback;
        }

        return match;
    }

    /// <summary>A boolean, accepted case-insensitively (<c>true</c>, <c>True</c>, <c>false</c> …), or null when absent.</summary>
    public bool? OptionalBool(string name, ServiceError? malformed = null)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Fail(malformed ?? ServiceErrors.Malformed(NameOf(name), "It must be true or false."));
        return null;
    }

    /// <summary>A <c>yyyy-MM-ddTHH:mm:ssZ</c> time, or null when absent; <paramref name="malformed"/> when another layout.</summary>
    public DateTimeOffset? OptionalTime(string name, ServiceError? malformed = null)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        if (WireTime.TryParse(text, out var time))
        {
            return time;
        }

        Fail(malformed ?? ServiceErrors.Malformed(NameOf(name), "Use yyyy-MM-ddTHH:mm:ssZ (UTC)."));
        return null;
    }

    /// <summary>
    /// A required <c>yyyy-MM-ddTHH:mm:ssZ</c> time: <c>Missing{Name}</c> when absent, <paramref name="malformed"/> when
    /// another layout; <c>default</c> in both cases (check <see cref="Error"/> before using it).
    /// </summary>
    public DateTimeOffset RequiredTime(string name, ServiceError? malformed = null)
    {
        if (Optional(name) is null)
        {
            Fail(ServiceErrors.Missing(NameOf(name)));
            return default;
        }

        return OptionalTime(name, malformed) ?? default;
    }

    /// <summary>A flattened list of strings <c>{name}.1</c>, <c>{name}.2</c> …, ordered by index; empty values skipped.</summary>
    public IReadOnlyList<string> List(string name) =>
        Indexed(name)
            .Where(entry => entry.Field.Length == 0 && entry.Value.Length > 0)
            .OrderBy(entry => entry.Index)
            .Select(entry => entry.Value)
            .ToList();

    /// <summary>
    /// A flattened list of objects <c>{name}.N.Field</c>: one reader per distinct N (ascending), reading that item's
    /// fields; their errors land in this reader's <see cref="Error"/>.
    /// </summary>
    public IReadOnlyList<ParameterReader> Objects(string name) =>
        Indexed(name)
            .Where(entry => entry.Field.Length > 0)
            .Select(entry => entry.Index)
            .Distinct()
            .Order()
            .Select(index => new ParameterReader(_parameters, $"{_prefix}{name}.{index.ToString(CultureInfo.InvariantCulture)}.", _root ?? this))
            .ToList();

    private IEnumerable<(int Index, string Field, string Value)> Indexed(string name)
    {
        var head = $"{_prefix}{name}.";
        foreach (var (key, value) in _parameters)
        {
            if (!key.StartsWith(head, StringComparison.Ordinal))
            {
                continue;
            }

            var tail = key[head.Length..];
            var dot = tail.IndexOf('.', StringComparison.Ordinal);
            var indexText = dot < 0 ? tail : tail[..dot];
            if (IsInteger(indexText) && int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 1)
            {
                yield return (index, dot < 0 ? "" : tail[(dot + 1)..], value);
            }
        }
    }

    private static bool IsInteger(string text)
    {
        var digits = text.StartsWith('-') ? text.AsSpan(1) : text.AsSpan();
        return digits.Length is > 0 and <= 10 && !digits.ContainsAnyExcept("0123456789");
    }
}
