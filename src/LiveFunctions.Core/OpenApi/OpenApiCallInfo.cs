namespace LiveFunctions.Core.OpenApi;

/// <summary>
/// What an outbound call is, attached to every <see cref="HttpRequestMessage"/> the OpenAPI client sends
/// (each attempt of a retried call too), so that handlers in the HTTP pipeline, such as the durable rate limiter,
/// can key on (AccessKeyId, product, action) without parsing the request.
/// </summary>
/// <param name="AccessKeyId">The AccessKey ID that signs the call (not secret).</param>
/// <param name="Product">The product called.</param>
/// <param name="Action">The OpenAPI action.</param>
public sealed record OpenApiCallInfo(string AccessKeyId, AlibabaProduct Product, string Action)
{
    /// <summary>The key under which the client stores this record in <see cref="HttpRequestMessage.Options"/>.</summary>
    public static readonly HttpRequestOptionsKey<OpenApiCallInfo> OptionsKey = new("LiveFunctions.OpenApiCallInfo");
}
