namespace LiveFunctions.Core.OpenApi;

/// <summary>
/// Settings of the OpenAPI client, bound from the configuration section <c>Alibaba</c>. <see cref="ToString"/> never
/// shows <see cref="AccessKeySecret"/> or <see cref="SecurityToken"/>.
/// </summary>
public sealed class AlibabaOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Alibaba";

    /// <summary>The default ApsaraVideo Live endpoint.</summary>
    public const string DefaultLiveEndpoint = "https://live.aliyuncs.com";

    /// <summary>The default ICE endpoint (the Shanghai region).</summary>
    public const string DefaultIceEndpoint = "https://ice.cn-shanghai.aliyuncs.com";

    /// <summary>The AccessKey ID that signs every call (<c>Alibaba:AccessKeyId</c>, required).</summary>
    public string? AccessKeyId { get; set; }

    /// <summary>The AccessKey secret (<c>Alibaba:AccessKeySecret</c>, required). Never logged or shown.</summary>
    public string? AccessKeySecret { get; set; }

    /// <summary>The STS security token, for temporary credentials only (<c>Alibaba:SecurityToken</c>). Never logged or shown.</summary>
    public string? SecurityToken { get; set; }

    /// <summary>
    /// The ApsaraVideo Live endpoint (<c>Alibaba:LiveEndpoint</c>): a base URL such as <c>https://live.aliyuncs.com</c> or
    /// <c>http://127.0.0.1:7081</c>, or a bare host name, which means HTTPS.
    /// </summary>
    public string LiveEndpoint { get; set; } = DefaultLiveEndpoint;

    /// <summary>The ICE endpoint (<c>Alibaba:IceEndpoint</c>), in the same forms as <see cref="LiveEndpoint"/>.</summary>
    public string IceEndpoint { get; set; } = DefaultIceEndpoint;

    /// <summary>The signature sent (<c>Alibaba:SignatureVersion</c>: <c>V3</c>, the default, or <c>V1</c>).</summary>
    public AlibabaSignatureVersion SignatureVersion { get; set; } = AlibabaSignatureVersion.V3;

    /// <summary>
    /// The most time one attempt may take, from sending to the end of the answer (<c>Alibaba:AttemptTimeout</c>,
    /// default 10 s). A timed-out attempt counts as a transient failure.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The retry policy (<c>Alibaba:Retry:*</c>).</summary>
    public AlibabaRetryOptions Retry { get; set; } = new();

    /// <summary>The endpoint setting of a product.</summary>
    public string Endpoint(AlibabaProduct product) => product switch
    {
        AlibabaProduct.Live => LiveEndpoint,
        AlibabaProduct.Ice => IceEndpoint,
        _ => throw new ArgumentOutOfRangeException(nameof(product), product, "Unknown product."),
    };

    /// <summary>The settings with the secret and the security token redacted.</summary>
    public override string ToString() =>
        $"AlibabaOptions {{ AccessKeyId = {AccessKeyId}, AccessKeySecret = {Redact(AccessKeySecret)}, SecurityToken = {Redact(SecurityToken)}, " +
        $"LiveEndpoint = {LiveEndpoint}, IceEndpoint = {IceEndpoint}, SignatureVersion = {SignatureVersion}, AttemptTimeout = {AttemptTimeout}, " +
        $"Retry = {{ MaxAttempts = {Retry.MaxAttempts}, MaxElapsed = {Retry.MaxElapsed}, BaseDelay = {Retry.BaseDelay}, MaxDelay = {Retry.MaxDelay} }} }}";

    internal static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
