namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>
/// Settings of the hourly index files (configuration section <c>IndexFiles</c>; environment variables
/// <c>IndexFiles__OssBucket</c>, <c>IndexFiles__Domains__0</c>, …). docs/scheduling.md describes each policy.
/// </summary>
public sealed class IndexFilesOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "IndexFiles";

    /// <summary>The default OSS object of a manifest.</summary>
    public const string DefaultOssObjectTemplate = "record/{AppName}/{StreamName}/{Date}/{Hour}.m3u8";

    /// <summary>The largest <see cref="MaxBackfillHours"/>: the publish list reaches back only 30 days (720 hours), and the oldest hour must start inside it.</summary>
    public const int MaxBackfillHoursLimit = 719;

    /// <summary>The largest <see cref="MaxRangeHours"/>: 92 days, the longest span that 3 calendar months of TS retention can cover.</summary>
    public const int MaxRangeHoursLimit = 92 * 24;

    /// <summary>The main streaming domains whose streams get hourly manifests; empty = the timer plans nothing.</summary>
    public IList<string> Domains { get; } = new List<string>();

    /// <summary>The NCRONTAB schedule of the hourly timer (UTC); default minute 5 of every hour.</summary>
    public string Schedule { get; set; } = "0 5 * * * *";

    /// <summary>The OSS endpoint (host name) the manifests are written to, e.g. <c>oss-cn-shanghai.aliyuncs.com</c>; required when Domains is not empty.</summary>
    public string? OssEndpoint { get; set; }

    /// <summary>The OSS bucket of the manifests; required when Domains is not empty.</summary>
    public string? OssBucket { get; set; }

    /// <summary>
    /// The OSS object of each manifest. Variables: <c>{DomainName}</c>, <c>{AppName}</c>, <c>{StreamName}</c>, and of the
    /// hour's start (UTC) <c>{Date}</c> (yyyy-MM-dd), <c>{Hour}</c> (HH), <c>{Year}</c>, <c>{Month}</c>, <c>{Day}</c>.
    /// Any other <c>{…}</c> is sent as written.
    /// </summary>
    public string OssObjectTemplate { get; set; } = DefaultOssObjectTemplate;

    /// <summary>Sent as EndTimeIncluded: true adds one TS segment so the manifest fully covers the hour (default false, the service's default).</summary>
    public bool EndTimeIncluded { get; set; }

    /// <summary>How long after an hour ends it becomes plannable, so its last TS segments are in OSS (default 2 minutes; 0 to 59 minutes).</summary>
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many hours back (the newest plannable hour included) a late run backfills (default 72; 1 to 719).</summary>
    public int MaxBackfillHours { get; set; } = 72;

    /// <summary>The most hours one on-demand backfill may cover (default 744 = 31 days; 1 to 2208).</summary>
    public int MaxRangeHours { get; set; } = 744;

    /// <summary>The RegionId sent with DescribeLiveStreamsPublishList (optional).</summary>
    public string? RegionId { get; set; }
}
