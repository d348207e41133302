namespace LiveFunctions.App.Hosting.Configuration;

/// <summary>
/// The host.json settings the standalone trigger sources apply, read from the same host.json the Functions host uses
/// (section <c>AzureFunctionsJobHost</c>, which is also how the host lets app settings override host.json:
/// <c>AzureFunctionsJobHost__extensions__queues__batchSize</c>).
/// </summary>
public sealed class HostJsonOptions
{
    /// <summary>The configuration section host.json is loaded under.</summary>
    public const string Section = "AzureFunctionsJobHost";

    /// <summary><c>functionTimeout</c>; null or negative (<c>-1</c>) means unbounded.</summary>
    public TimeSpan? FunctionTimeout { get; set; }

    /// <summary><c>extensions</c>.</summary>
    public HostJsonExtensions Extensions { get; set; } = new();
}

/// <summary>host.json <c>extensions</c>.</summary>
public sealed class HostJsonExtensions
{
    /// <summary><c>extensions.queues</c>.</summary>
    public QueueHostOptions Queues { get; set; } = new();
}

/// <summary>host.json <c>extensions.queues</c>, with the Functions defaults.</summary>
public sealed class QueueHostOptions
{
    /// <summary>The longest wait between polls of an idle queue.</summary>
    public TimeSpan MaxPollingInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a failed message stays invisible before it is retried.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.Zero;

    /// <summary>Messages fetched and processed in parallel per function (1-32).</summary>
    public int BatchSize { get; set; } = 16;

    /// <summary>Attempts before a message moves to <c>{queue}-poison</c>.</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>Fetch a new batch when fewer than this many are in flight; null = batchSize / 2.</summary>
    public int? NewBatchThreshold { get; set; }

    /// <summary><c>base64</c> (default) or <c>none</c>.</summary>
    public string MessageEncoding { get; set; } = "base64";
}
