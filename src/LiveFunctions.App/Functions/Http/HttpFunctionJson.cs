using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace LiveFunctions.App.Functions.Http;

/// <summary>
/// The JSON settings of the HTTP functions' bodies and answers. Property names are written and matched exactly as the
/// API documents spell them (PascalCase, case-sensitive, no naming policy), as on Alibaba's wire.
/// </summary>
internal static class HttpFunctionJson
{
    /// <summary>The content type of every answer.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>Strict reading (no unknown or duplicate members, no numbers in strings) and null-free writing.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = null,
            PropertyNameCaseInsensitive = false,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowDuplicateProperties = false,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // The answers are JSON for API clients, never embedded in HTML: keep quotes and non-ASCII text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
