using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace LiveFunctions.EndToEnd.Tests.Support;

/// <summary>Calls to the app's HTTP functions and checks of their answers.</summary>
internal static class AppCalls
{
    /// <summary>Sends a JSON body and reads the answer as JSON.</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement Body)> SendJsonAsync(this PackApp app, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        var response = await app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
        return (response, document.RootElement.Clone());
    }

    /// <summary>An error answer: this status and code, and exactly Code, Message and RequestId.</summary>
    public static void AssertError(HttpResponseMessage response, JsonElement body, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(new[] { "Code", "Message", "RequestId" }, body.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(code, body.GetProperty("Code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("Message").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("RequestId").GetString()));
    }

    /// <summary>A time in the APIs' wire format.</summary>
    public static string Wire(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
