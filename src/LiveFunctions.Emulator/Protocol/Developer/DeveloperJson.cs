using System.Text.Json;

namespace LiveFunctions.Emulator.Protocol.Developer;

/// <summary>
/// The JSON of every developer endpoint (the protocol's and the simulation's): PascalCase names as written (the
/// contract's, like the service's wire), case-insensitive reading.
/// </summary>
internal static class DeveloperJson
{
    /// <summary>The serializer options of every developer endpoint.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = null, DictionaryKeyPolicy = null };

    /// <summary>A JSON answer.</summary>
    public static IResult Json(object value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, Options, statusCode: status);

    /// <summary>A JSON error answer <c>{Code, Message}</c>.</summary>
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorBody(code, message), Options, statusCode: status);

    /// <summary>The body of a developer-endpoint error.</summary>
    internal sealed record ErrorBody(string Code, string Message);
}
