using System.Globalization;
using System.Text;
using LiveFunctions.Core.Operations.CreateLiveStreamRecordIndexFiles;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Scheduling.IndexFiles;

/// <summary>Builds the CreateLiveStreamRecordIndexFiles request of a work item: the hour [start, end) and the expanded OSS object.</summary>
public static class IndexRecordRequestBuilder
{
    /// <summary>The request the executor sends for a work item.</summary>
    public static CreateLiveStreamRecordIndexFilesRequest Build(IndexWorkItem item, IndexFilesOptions options)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(options);
        var hour = item.Hour;
        return new CreateLiveStreamRecordIndexFilesRequest
        {
            DomainName = item.DomainName,
            AppName = item.AppName,
            StreamName = item.StreamName,
            OssEndpoint = options.OssEndpoint,
            OssBucket = options.OssBucket,
            OssObject = ExpandOssObject(options.OssObjectTemplate, item),
            StartTime = AlibabaTime.ToWire(hour.Start),
            EndTime = AlibabaTime.ToWire(hour.End),
            EndTimeIncluded = options.EndTimeIncluded,
        };
    }

    /// <summary>
    /// Replaces <c>{DomainName}</c>, <c>{AppName}</c>, <c>{StreamName}</c> and, from the hour's start in UTC,
    /// <c>{Date}</c> (yyyy-MM-dd), <c>{Hour}</c> (HH), <c>{Year}</c> (yyyy), <c>{Month}</c> (MM), <c>{Day}</c> (dd).
    /// Names are matched exactly (case-sensitive); any other <c>{…}</c> is kept as written, for the service to expand.
    /// </summary>
    public static string ExpandOssObject(string template, IndexWorkItem item)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(item);
        var start = item.HourStart.ToUniversalTime();
        var builder = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i + 1) : -1;
            var value = close > i ? Variable(template[(i + 1)..close], item, start) : null;
            if (value is null)
            {
                builder.Append(template[i]);
                continue;
            }

            builder.Append(value);
            i = close;
        }

        return builder.ToString();
    }

    private static string? Variable(string name, IndexWorkItem item, DateTimeOffset start) => name switch
    {
        "DomainName" => item.DomainName,
        "AppName" => item.AppName,
        "StreamName" => item.StreamName,
        "Date" => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "Hour" => start.ToString("HH", CultureInfo.InvariantCulture),
        "Year" => start.ToString("yyyy", CultureInfo.InvariantCulture),
        "Month" => start.ToString("MM", CultureInfo.InvariantCulture),
        "Day" => start.ToString("dd", CultureInfo.InvariantCulture),
        _ => null,
    };
}
