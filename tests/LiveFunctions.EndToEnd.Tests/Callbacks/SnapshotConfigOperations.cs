using System.Text.Json;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.EndToEnd.Tests.Callbacks;

/// <summary><c>AddLiveAppSnapshotConfig</c> (spec §6.4): the snapshot config whose <c>Callback</c> receives the snapshot callbacks.</summary>
internal sealed record AddSnapshotConfigRequest(
    string DomainName, string AppName, int TimeInterval, string OssEndpoint, string OssBucket, string SequenceOssObject, string Callback);

/// <summary><c>AddLiveSnapshotNotifyConfig</c> (spec §6.7): turns on the ALI-LIVE-* signature of snapshot callbacks.</summary>
internal sealed record AddSnapshotNotifyConfigRequest(string DomainName, string NotifyUrl, string NotifyReqAuth, string NotifyAuthKey);

/// <summary>
/// The two Live configuration actions the tests need to point the emulator's snapshot callbacks at the app. Core has no
/// operations for them (the pack does not apply them), so they are declared here and sent through the real signed
/// client. No validation: the emulator checks the documented rules.
/// </summary>
internal sealed class AddSnapshotConfigOperation : IOpenApiOperation<AddSnapshotConfigRequest, string>
{
    public static AddSnapshotConfigOperation Instance { get; } = new();

    public AlibabaProduct Product => AlibabaProduct.Live;

    public string Action => "AddLiveAppSnapshotConfig";

    public IReadOnlyList<ValidationError> Validate(AddSnapshotConfigRequest request, DateTimeOffset now) => [];

    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(AddSnapshotConfigRequest request) =>
    [
        new("DomainName", request.DomainName),
        new("AppName", request.AppName),
        new("TimeInterval", request.TimeInterval.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("OssEndpoint", request.OssEndpoint),
        new("OssBucket", request.OssBucket),
        new("SequenceOssObject", request.SequenceOssObject),
        new("Callback", request.Callback),
    ];

    public string ParseResponse(JsonElement body) => body.GetProperty("RequestId").GetString()!;
}

/// <inheritdoc cref="AddSnapshotNotifyConfigRequest"/>
internal sealed class AddSnapshotNotifyConfigOperation : IOpenApiOperation<AddSnapshotNotifyConfigRequest, string>
{
    public static AddSnapshotNotifyConfigOperation Instance { get; } = new();

    public AlibabaProduct Product => AlibabaProduct.Live;

    public string Action => "AddLiveSnapshotNotifyConfig";

    public IReadOnlyList<ValidationError> Validate(AddSnapshotNotifyConfigRequest request, DateTimeOffset now) => [];

    public IReadOnlyList<KeyValuePair<string, string>> ToParameters(AddSnapshotNotifyConfigRequest request) =>
    [
        new("DomainName", request.DomainName),
        new("NotifyUrl", request.NotifyUrl),
        new("NotifyReqAuth", request.NotifyReqAuth),
        new("NotifyAuthKey", request.NotifyAuthKey),
    ];

    public string ParseResponse(JsonElement body) => body.GetProperty("RequestId").GetString()!;
}
