namespace LiveFunctions.App.Hosting.Timers;

/// <summary>Log events of the standalone timers' shared status (event ids 15-19). Names and times only.</summary>
internal static partial class TimerStatusLog
{
    [LoggerMessage(15, LogLevel.Information, "Timer {FunctionName}: the occurrence {Occurrence:o} was claimed by another instance sharing the status store; not running it here")]
    public static partial void OccurrenceTaken(ILogger logger, string functionName, DateTimeOffset occurrence);

    [LoggerMessage(16, LogLevel.Information, "Timer schedule status is kept in blob storage ({Container}/timers/{HostId}/…)")]
    public static partial void StorageStatus(ILogger logger, string container, string hostId);
}
