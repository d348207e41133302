using System.Xml.Linq;
using Azure;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>Reads what the service said about a failure and builds the <see cref="StorageRequestException"/>.</summary>
internal static class StorageErrors
{
    /// <summary>The service's error code: the <c>x-ms-error-code</c> header, else the <c>Code</c> of the XML error body.</summary>
    public static string? ErrorCode(Response response)
    {
        if (response.Headers.TryGetValue("x-ms-error-code", out var code) && !string.IsNullOrEmpty(code))
        {
            return code;
        }

        return ReadBody(response).Code;
    }

    /// <summary>An answer the operation did not expect.</summary>
    public static StorageRequestException Unexpected(StorageRequest request, Response response)
    {
        var code = ErrorCode(response);
        var (_, serviceMessage) = ReadBody(response);
        response.Headers.TryGetValue("x-ms-request-id", out var requestId);
        var text = $"Azure Storage {request.Operation} on {request.Resource} failed: {response.Status} {code ?? response.ReasonPhrase}";
        if (!string.IsNullOrEmpty(serviceMessage))
        {
            text += $" ({serviceMessage})";
        }

        return new StorageRequestException(response.Status, code, request.Operation, request.Resource, text + ".", requestId);
    }

    /// <summary>A successful answer that lacks something the operation needs (a header, a well-formed body).</summary>
    public static StorageRequestException Malformed(StorageRequest request, Response response, string what) =>
        new(response.Status, null, request.Operation, request.Resource,
            $"Azure Storage {request.Operation} on {request.Resource} answered {response.Status} without {what}.");

    /// <summary>The response's <c>Date</c> header: the storage service's clock.</summary>
    public static DateTimeOffset ServerDate(StorageRequest request, Response response) =>
        response.Headers.Date ?? throw Malformed(request, response, "a Date header");

    private static (string? Code, string? Message) ReadBody(Response response)
    {
        var body = response.Content;
        if (body is null || body.ToMemory().IsEmpty)
        {
            return (null, null);
        }

        try
        {
            var root = XDocument.Parse(body.ToString()).Root;
            // Only Code and the first line of Message: AuthenticationErrorDetail echoes the signature, which we keep out.
            var message = root?.Element("Message")?.Value.Split('\n')[0].Trim();
            return (root?.Element("Code")?.Value, message);
        }
        catch (System.Xml.XmlException)
        {
            return (null, null);
        }
    }
}
