using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace LiveFunctions.Core.Storage.Wire;

/// <summary>The <c>EnumerationResults</c> answer of List Blobs: one page of blobs and the marker of the next page.</summary>
internal static class BlobListXml
{
    /// <summary>One page; <see cref="NextMarker"/> is null on the last page.</summary>
    internal sealed record Page(IReadOnlyList<BlobItem> Blobs, string? NextMarker);

    /// <summary>Reads a page; null when the body is not an EnumerationResults document with complete blob entries.</summary>
    public static Page? Read(string body)
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

        if (root is null || root.Name.LocalName != "EnumerationResults")
        {
            return null;
        }

        var blobs = new List<BlobItem>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            var nameElement = blob.Element("Name");
            var properties = blob.Element("Properties");
            var etag = properties?.Element("Etag")?.Value;
            var modified = WireDate.Parse(properties?.Element("Last-Modified")?.Value);
            if (nameElement is null || etag is null || modified is null ||
                !long.TryParse(properties?.Element("Content-Length")?.Value ?? "0", NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                return null;
            }

            // Names with characters XML cannot carry come URL-encoded, flagged Encoded="true".
            var name = (string?)nameElement.Attribute("Encoded") == "true"
                ? Uri.UnescapeDataString(nameElement.Value)
                : nameElement.Value;
            blobs.Add(new BlobItem(name, QuoteETag(etag), modified.Value, length));
        }

        var next = root.Element("NextMarker")?.Value;
        return new Page(blobs, string.IsNullOrEmpty(next) ? null : next);
    }

    /// <summary>Listings carry the ETag bare; reads and writes return it quoted. Quote it so both compare equal.</summary>
    public static string QuoteETag(string etag) =>
        etag.StartsWith('"') || etag.StartsWith("W/", StringComparison.Ordinal) ? etag : $"\"{etag}\"";
}
