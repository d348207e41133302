using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Security;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Hosting.Queues;

/// <summary>
/// Two queue requests the app's storage client deliberately cannot make, signed with Azurite's well-known key: a
/// message whose text is not base64 (as another producer, or messageEncoding none, would write it), and deleting a queue.
/// </summary>
internal static class SharedKeyRequests
{
    public static async Task SendRawMessageAsync(HttpClient http, AzuriteInstance azurite, string queue, string rawText)
    {
        var body = $"<QueueMessage><MessageText>{SecurityElement.Escape(rawText)}</MessageText></QueueMessage>";
        using var response = await SendAsync(http, azurite, HttpMethod.Post, $"{queue}/messages", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static async Task DeleteQueueAsync(HttpClient http, AzuriteInstance azurite, string queue)
    {
        using var response = await SendAsync(http, azurite, HttpMethod.Delete, queue, body: null);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, AzuriteInstance azurite, HttpMethod method, string path, string? body)
    {
        var uri = new Uri($"{azurite.QueueEndpoint}/{path}");
        using var request = new HttpRequestMessage(method, uri);
        var date = DateTimeOffset.UtcNow.ToString("R", CultureInfo.InvariantCulture);
        const string Version = "2025-05-05";
        request.Headers.Add("x-ms-date", date);
        request.Headers.Add("x-ms-version", Version);
        var bytes = body is null ? [] : Encoding.UTF8.GetBytes(body);
        var contentType = string.Empty;
        if (body is not null)
        {
            contentType = "application/xml; charset=utf-8";
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var length = bytes.Length == 0 ? string.Empty : bytes.Length.ToString(CultureInfo.InvariantCulture);
        var stringToSign = $"{method.Method}\n\n\n{length}\n\n{contentType}\n\n\n\n\n\n\n" +
            $"x-ms-date:{date}\nx-ms-version:{Version}\n/{AzuriteInstance.AccountName}{uri.AbsolutePath}";
        using var hmac = new HMACSHA256(Convert.FromBase64String(AzuriteInstance.AccountKey));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        request.Headers.TryAddWithoutValidation("Authorization", $"SharedKey {AzuriteInstance.AccountName}:{signature}");
        return await http.SendAsync(request);
    }
}
