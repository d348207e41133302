using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveFunctions.App.Functions.SnapshotCallback;

/// <summary>
/// The JSON answers of the snapshot functions: errors as <c>{"Code","Message","RequestId"}</c> (DESIGN.md), other bodies
/// in PascalCase with nulls left out.
/// </summary>
internal static class SnapshotAnswer
{
    /// <summary>PascalCase (the property names as declared), nulls left out.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>An error answer of a proxied endpoint.</summary>
    public static IResult Error(int statusCode, string code, string message, string requestId) =>
        Results.Json(new ErrorBody(code, message, requestId), JsonOptions, statusCode: statusCode);

    /// <summary>A 200 answer of a proxied endpoint.</summary>
    public static IResult Ok<T>(T value) => Results.Json(value, JsonOptions);
}

/// <summary>The error body of every LiveFunctions route.</summary>
internal sealed record ErrorBody(string Code, string Message, string RequestId);
