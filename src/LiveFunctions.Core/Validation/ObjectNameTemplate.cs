using System.Text;

namespace LiveFunctions.Core.Validation;

/// <summary>
/// An OSS object name with <c>{Variable}</c> placeholders, as the recording prefixes and snapshot names use
/// (e.g. <c>record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}_{EscapedEndTime}</c>).
/// </summary>
public static class ObjectNameTemplate
{
    /// <summary>The documents' length limit: a name must be less than 256 bytes (UTF-8).</summary>
    public const int MaxBytes = 255;

    /// <summary>
    /// The variables a template uses, in order of appearance; null when its braces are malformed (a <c>{</c> without
    /// its <c>}</c>, a stray <c>}</c>, nested braces, or an empty <c>{}</c>).
    /// </summary>
    public static IReadOnlyList<string>? Variables(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var variables = new List<string>();
        var open = -1;
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '{' when open >= 0:
                    return null;
                case '{':
                    open = i;
                    break;
                case '}' when open < 0 || i == open + 1:
                    return null;
                case '}':
                    variables.Add(value[(open + 1)..i]);
                    open = -1;
                    break;
            }
        }

        return open >= 0 ? null : variables;
    }

    /// <summary>
    /// What is wrong with a template, as a sentence for a <see cref="ValidationError"/> message, or null when it is
    /// shorter than 256 bytes, does not start with <c>/</c> or <c>\</c> (it names an OSS object, and an OSS object name
    /// cannot), its braces are well formed and it uses only <paramref name="allowedVariables"/> (names compared
    /// case-sensitively, as the documents spell them).
    /// </summary>
    public static string? Problem(string value, IReadOnlyCollection<string> allowedVariables)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(allowedVariables);
        if (Encoding.UTF8.GetByteCount(value) > MaxBytes)
        {
            return "it must be less than 256 bytes long.";
        }

        if (value.StartsWith('/') || value.StartsWith('\\'))
        {
            return "it must not start with '/' or '\\': it names an OSS object, and an OSS object name cannot.";
        }

        if (Variables(value) is not { } variables)
        {
            return "its {Variable} placeholders have unbalanced or empty braces.";
        }

        var unknown = variables.FirstOrDefault(v => !allowedVariables.Contains(v, StringComparer.Ordinal));
        return unknown is null
            ? null
            : $"the variable {{{unknown}}} is not allowed here; allowed: {string.Join(", ", allowedVariables.Select(v => $"{{{v}}}"))}.";
    }

    /// <summary>True when the template uses the variable (well-formed braces assumed; see <see cref="Variables"/>).</summary>
    public static bool Uses(string value, string variable) =>
        Variables(value) is { } variables && variables.Contains(variable, StringComparer.Ordinal);
}
