using System.Text;

namespace LiveFunctions.Core.Storage.Http;

/// <summary>Builds request URIs under a service endpoint. Path parts arrive escaped; query values are escaped here.</summary>
internal static class StorageUri
{
    /// <summary><c>{endpoint}/{escapedPath}?{name}={escaped value}&amp;…</c>; query parameters with a null value are left out.</summary>
    public static Uri Build(Uri endpoint, string escapedPath, params (string Name, string? Value)[] query)
    {
        var builder = new StringBuilder(endpoint.AbsoluteUri.TrimEnd('/'));
        builder.Append('/').Append(escapedPath);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(builder.ToString(), UriKind.Absolute);
    }
}
