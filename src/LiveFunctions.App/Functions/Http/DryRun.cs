using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.App.Functions.Http;

/// <summary>
/// The answer of <c>?dryRun=true</c>: the request was valid, and this is what would be sent. <see cref="Parameters"/>
/// are the operation parameters exactly as they would travel (flattened lists, JSON strings), without the common and
/// signature parameters. Nothing was sent.
/// </summary>
/// <param name="DryRun">Always true.</param>
/// <param name="Action">The OpenAPI action that would be called.</param>
/// <param name="Parameters">The wire parameters, in the order they would be sent.</param>
internal sealed record DryRunAnswer(bool DryRun, string Action, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>
    /// record-config only: the AddLiveAppRecordConfig call that would follow if no config exists yet (the dry run cannot
    /// know), when the body carries an OssBucket.
    /// </summary>
    public DryRunFallback? Fallback { get; init; }

    /// <summary>The dry-run answer of a valid preview.</summary>
    public static DryRunAnswer From(OpenApiPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return new DryRunAnswer(true, preview.Action, ToDictionary(preview.Parameters));
    }

    /// <summary>The parameters as an insertion-ordered map.</summary>
    public static IReadOnlyDictionary<string, string> ToDictionary(IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var map = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in parameters)
        {
            map[name] = value;
        }

        return map;
    }
}

/// <summary>The call a dry run would make after the first one, with the rules it would break (empty: it could be sent).</summary>
/// <param name="Action">The OpenAPI action.</param>
/// <param name="Parameters">Its wire parameters.</param>
/// <param name="Errors">Its broken rules.</param>
internal sealed record DryRunFallback(string Action, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<DryRunError> Errors);

/// <summary>One broken rule in a dry-run fallback.</summary>
/// <param name="Code">The document's code.</param>
/// <param name="Message">The rule.</param>
/// <param name="Parameter">The wire parameter.</param>
internal sealed record DryRunError(string Code, string Message, string Parameter);

/// <summary>Reads <c>?dryRun=</c> and answers dry runs.</summary>
internal static class DryRunQuery
{
    /// <summary>The query parameter.</summary>
    public const string Name = "dryRun";

    /// <summary>
    /// <c>true</c>/<c>false</c> in any case; absent is false; present without a value (<c>?dryRun</c>) is true. Any other
    /// value is an error rather than a silent real call.
    /// </summary>
    public static InputError? TryRead(HttpRequest request, out bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(request);
        dryRun = false;
        if (!request.Query.TryGetValue(Name, out var values))
        {
            return null;
        }

        if (values.Count == 1)
        {
            var value = values[0] ?? string.Empty;
            if (value.Length == 0)
            {
                dryRun = true;
                return null;
            }

            if (bool.TryParse(value, out var parsed))
            {
                dryRun = parsed;
                return null;
            }
        }

        return InputError.BadRequest(HttpFunctionCodes.InvalidType, "The query parameter dryRun must be given once, as true or false.");
    }

    /// <summary>200 with the dry-run answer of a valid preview, or the same 400 the real call would get.</summary>
    public static JsonAnswer Answer(OpenApiPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return preview.Errors.Count > 0
            ? JsonAnswer.Error(ValidationAnswer.From(preview.Action, preview.Errors))
            : JsonAnswer.Success(StatusCodes.Status200OK, DryRunAnswer.From(preview));
    }
}
