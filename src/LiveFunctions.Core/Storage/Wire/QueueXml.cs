using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace LiveFunctions.Core.Storage.Wire;

/// <summary>The XML bodies of the queue service: the Put Message request and the <c>QueueMessagesList</c> answers.</summary>
internal static class QueueXml
{
    /// <summary>One raw <c>QueueMessage</c> element of an answer; fields missing from it are null.</summary>
    internal sealed record Entry(
        string? MessageId,
        string? PopReceipt,
        long? DequeueCount,
        DateTimeOffset? InsertionTime,
        DateTimeOffset? ExpirationTime,
        DateTimeOffset? TimeNextVisible,
        string? MessageText);

    /// <summary>The UTF-8 body of Put Message for an already encoded text.</summary>
    public static byte[] PutMessageBody(string messageText)
    {
        var document = new XDocument(new XElement("QueueMessage", new XElement("MessageText", messageText)));
        return Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>Every <c>QueueMessage</c> of a <c>QueueMessagesList</c>; null when the body is not that XML.</summary>
    public static IReadOnlyList<Entry>? ReadMessages(string body)
    {
        XElement? root;
        try
        {
            root = XDocument.Parse(body).Root;
        }
        catch (XmlException)
        {
            return null;
        }

        if (root is null || root.Name.LocalName != "QueueMessagesList")
        {
            return null;
        }

        return root.Elements("QueueMessage").Select(e => new Entry(
            e.Element("MessageId")?.Value,
            e.Element("PopReceipt")?.Value,
            long.TryParse(e.Element("DequeueCount")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null,
            WireDate.Parse(e.Element("InsertionTime")?.Value),
            WireDate.Parse(e.Element("ExpirationTime")?.Value),
            WireDate.Parse(e.Element("TimeNextVisible")?.Value),
            e.Element("MessageText")?.Value)).ToList();
    }
}
