using System.Net;
using System.Text.Json.Nodes;

namespace LiveFunctions.Emulator.Tests.Support;

/// <summary>An OpenAPI answer: status and JSON body.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, JsonObject Body)
{
    public string? Code => (string?)Body["Code"];

    public string? Message => (string?)Body["Message"];

    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
        return new ApiAnswer(response.StatusCode, body);
    }

    public override string ToString() => $"{(int)Status} {Body.ToJsonString()}";
}
