using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using LiveFunctions.Emulator.Protocol.Signing;

namespace LiveFunctions.Emulator.Protocol.Pipeline;

/// <summary>
/// Writes answers as the service does: success = <c>RequestId</c> + the action's fields; error = <c>RequestId</c>,
/// <c>HostId</c>, <c>Code</c>, <c>Message</c>, <c>Recommend</c>. JSON, or XML for V1 calls that ask for it (or
/// leave <c>Format</c> out): the lists' double wrapping is the XML shape (<c>{"A":{"B":[x,y]}}</c> ↔ <c>&lt;A&gt;&lt;B&gt;x&lt;/B&gt;&lt;B&gt;y&lt;/B&gt;&lt;/A&gt;</c>).
/// </summary>
internal static class AnswerWriter
{
    /// <summary>The header that carries the RequestId on every answer.</summary>
    public const string RequestIdHeader = "x-acs-request-id";

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a successful answer.</summary>
    public static Task WriteSuccessAsync(HttpContext context, string action, string requestId, JsonObject body, AnswerFormat format)
    {
        var answer = new JsonObject { ["RequestId"] = requestId };
        foreach (var name in body.Select(pair => pair.Key).ToList())
        {
            var value = body[name];
            body.Remove(name);
            if (!string.Equals(name, "RequestId", StringComparison.Ordinal))
            {
                answer[name] = value;
            }
        }

        return WriteAsync(context, StatusCodes.Status200OK, requestId, $"{action}Response", answer, format);
    }

    /// <summary>Writes an error answer.</summary>
    public static Task WriteErrorAsync(HttpContext context, ServiceError error, string requestId, string hostId, string product, AnswerFormat format)
    {
        var answer = new JsonObject
        {
            ["RequestId"] = requestId,
            ["HostId"] = hostId,
            ["Code"] = error.Code,
            ["Message"] = error.Message,
            ["Recommend"] = $"https://api.aliyun.com/troubleshoot?q={Uri.EscapeDataString(error.Code)}&product={product}&requestId={requestId}",
        };
        return WriteAsync(context, error.Status, requestId, "Error", answer, format);
    }

    /// <summary>Serialises a JSON object as XML under <paramref name="root"/>.</summary>
    public static string ToXml(string root, JsonObject body)
    {
        // A StringBuilder-backed writer would declare UTF-16; the answer is sent as UTF-8, so the declaration is written here.
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement(root);
            WriteMembers(writer, body);
            writer.WriteEndElement();
        }

        return text.ToString();
    }

    private static async Task WriteAsync(HttpContext context, int status, string requestId, string xmlRoot, JsonObject answer, AnswerFormat format)
    {
        context.Response.StatusCode = status;
        context.Response.Headers[RequestIdHeader] = requestId;
        if (format == AnswerFormat.Xml)
        {
            context.Response.ContentType = "text/xml; charset=utf-8";
            await context.Response.WriteAsync(ToXml(xmlRoot, answer), context.RequestAborted);
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.ToJsonString(JsonOptions), context.RequestAborted);
    }

    private static void WriteMembers(XmlWriter writer, JsonObject body)
    {
        foreach (var (name, value) in body)
        {
            if (value is JsonArray array)
            {
                foreach (var item in array)
                {
                    WriteElement(writer, name, item);
                }
            }
            else
            {
                WriteElement(writer, name, value);
            }
        }
    }

    private static void WriteElement(XmlWriter writer, string name, JsonNode? value)
    {
        writer.WriteStartElement(name);
        switch (value)
        {
            case JsonObject inner:
                WriteMembers(writer, inner);
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    WriteElement(writer, "item", item);
                }

                break;
            case JsonValue scalar:
                writer.WriteString(scalar.GetValueKind() == JsonValueKind.String ? scalar.GetValue<string>() : scalar.ToJsonString());
                break;
        }

        writer.WriteEndElement();
    }
}
