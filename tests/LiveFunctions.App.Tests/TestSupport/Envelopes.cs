using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LiveFunctions.App.Tests.TestSupport;

/// <summary>Posting envelopes like the Functions host does, and reading the answers.</summary>
internal static class Envelopes
{
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(HttpClient client, string functionName, string envelopeJson, string? invocationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + functionName)
        {
            Content = new StringContent(envelopeJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Azure-Functions-InvocationId", invocationId ?? Guid.NewGuid().ToString());
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1040.0.0");
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Azure-Functions-Host", "4.1040.0.0"));
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return (response, document.RootElement.Clone());
    }

    /// <summary>Checks the shape the host requires: JSON, with Outputs (object), Logs (array) and ReturnValue present.</summary>
    public static void AssertHostShape(HttpResponseMessage response, JsonElement body)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("Logs").ValueKind);
        Assert.True(body.TryGetProperty("ReturnValue", out _));
    }

    /// <summary>A queue trigger envelope as the host sends it: the text JSON-encoded once more, quoted Id and PopReceipt, DequeueCount as a string.</summary>
    public static string Queue(string functionName, string text, int dequeueCount = 1) => JsonSerializer.Serialize(new
    {
        Data = new { message = JsonSerializer.Serialize(text) },
        Metadata = new
        {
            DequeueCount = dequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Id = "\"" + Guid.NewGuid() + "\"",
            PopReceipt = "\"AgAAAA\"",
            sys = new { MethodName = functionName },
        },
    });
}
