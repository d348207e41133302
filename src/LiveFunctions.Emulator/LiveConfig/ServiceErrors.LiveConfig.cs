namespace LiveFunctions.Emulator.Protocol;

internal static partial class ServiceErrors
{
    /// <summary>
    /// The codes the Live config documents list (UpdateLiveAppRecordConfig, AddLiveRecordVodConfig,
    /// UpdateLiveAppSnapshotConfig, AddLiveSnapshotNotifyConfig; spec §4.1–4.3, §6.1–6.4, §6.7), with the documents'
    /// HTTP statuses and messages. Kept in a nested class so the simulation's part can name its own codes freely.
    /// </summary>
    internal static class Config
    {
        public static ServiceError FormatMalformed { get; } = new(400, "InvalidFormat.Malformed", "Specified parameter Format is not valid.");

        public static ServiceError FormatRepeated { get; } = new(400, "InvalidFormat.IllegalOperation", "Specified parameter Format can not be multiple.");

        public static ServiceError CycleDurationMalformed { get; } = new(400, "InvalidCycleDuration.Malformed", "Specified CycleDuration Format is not valid.");

        public static ServiceError SliceDurationMalformed { get; } = new(400, "InvalidSliceDuration.Malformed", "Specified SliceDuration Format is not valid.");

        public static ServiceError TemplateLengthMalformed { get; } = new(400, "InvalidTemplateLength.Malformed", "Specified record template length is not valid.");

        public static ServiceError TemplateForbidRaw { get; } = new(400, "InvalidTemplate.ForbidRaw", "Template named raw is Forbidden.");

        public static ServiceError MissingTemplate { get; } = new(400, "MissingTemplate", "Template is mandatory for this action.");

        public static ServiceError MissingOssObjectPrefix { get; } = new(400, "MissingOssObjectPrefix", "OssObjectPrefix is mandatory for this action.");

        public static ServiceError MissingSliceOssObjectPrefix { get; } = new(400, "MissingSliceOssObjectPrefix", "SliceOssObjectPrefix is mandatory for this action.");

        public static ServiceError OssObjectPrefixMalformed { get; } = new(400, "InvalidOssObjectPrefix.Malformed", "Specified parameter OssObjectPrefix is not valid.");

        public static ServiceError SliceOssObjectPrefixMalformed { get; } = new(400, "InvalidSliceOssObjectPrefix.Malformed", "Specified parameter SliceOssObjectPrefix is not valid.");

        public static ServiceError AlreadyExists { get; } = new(400, "ConfigAlreadyExists", "Config has already exist.");

        /// <summary>AddLiveSnapshotNotifyConfig's table gives this code HTTP 409.</summary>
        public static ServiceError NotifyAlreadyExists { get; } = new(409, "ConfigAlreadyExists", "Config has already exist.");

        public static ServiceError Live2VodExists { get; } = new(400, "Live2Vod.ConfigAlreadyExists", "Had live2vod record config already.");

        public static ServiceError CommonRecordExists { get; } = new(400, "CommomLiveRcordConfigExisted", "Commom liverecord config has already exist.");

        public static ServiceError DelayTimeInvalid { get; } = new(400, "InvalidDelayTime", "Specified Delaytime is invalid.");

        public static ServiceError EndTimeMismatch { get; } = new(400, "InvalidEndTime.Mismatch", "Specified EndTime does not math the specified StartTime or current time.");

        public static ServiceError RecordOssEndpointMalformed { get; } = new(400, "InvalidOssEndpoint.Malformed", "Invalid OssEndpoint, please check and try again later.");

        public static ServiceError OssEndpointMalformed { get; } = new(400, "InvalidOssEndpoint.Malformed", "Specified parameter OssEndpoint is not valid.");

        public static ServiceError OssBucketMalformed { get; } = new(400, "InvalidOssBucket.Malformed", "Specified parameter OssBucket is not valid.");

        public static ServiceError OssBucketNotFound { get; } = new(400, "InvalidOssBucket.NotFound", "The parameter OssBucket does not exist.");

        public static ServiceError AutoComposeMalformed { get; } = new(400, "InvalidAutoCompose.Malformed", "Specified parameter AutoCompose is not valid.");

        public static ServiceError AutoComposeAndGroupMalformed { get; } = new(400, "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed", "Specified parameter AutoCompose and ComposeVodTranscodeGroupId is not valid, must both empty or input");

        public static ServiceError RegionConflict { get; } = new(403, "InvalidRegion.Conflict", "Specified parameter StorageLocation and Region is not match");

        public static ServiceError StorageNotFound { get; } = new(404, "InvalidStorage.NotFound", "Specified parameter StorageLocation is not exist");

        public static ServiceError TemplateGroupNotFound { get; } = new(404, "InvalidTemplateGroupId.NotFound", "Specified parameter vodTranscodeGroupId or composeVodTranscodeGroupId is not exist");

        public static ServiceError ObjectNamesNeedOne { get; } = new(400, "InvalidOverwriteOssObjectOrSequenceOssObject.Malformed", "Specified paramters OverwriteOssObject or SequenceOssObject should have one.");

        public static ServiceError OverwriteOssObjectMalformed { get; } = new(400, "InvalidOverwriteOssObject.Malformed", "Specified parameter OverwriteOssObject is not valid.");

        public static ServiceError SequenceOssObjectMalformed { get; } = new(400, "InvalidSequenceOssObject.Malformed", "Specified parameter SequenceOssObject is not valid.");

        /// <summary>
        /// The snapshot document's not-found code. The record-config and VOD documents list none for Update/Delete of a
        /// missing config; the emulator answers this one (the closest documented code) for them too.
        /// </summary>
        public static ServiceError NotFound { get; } = new(400, "InvalidConfig.NotFound", "The speicified config does not exist.");

        /// <summary>AddLiveSnapshotNotifyConfig's table: a required parameter is missing.</summary>
        public static ServiceError MissingParam(string parameter) => new(400, "MissingParam", $"{parameter} is mandatory for this action.");

        /// <summary>AddLiveSnapshotNotifyConfig's table: a parameter is malformed.</summary>
        public static ServiceError MalformedParam(string parameter, string rule) => new(400, "MalformedParam", $"Specified parameter {parameter} is not valid. {rule}");
    }
}
