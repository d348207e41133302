using System.Globalization;
using System.Net;
using System.Text.Json;
using LiveFunctions.Core.Scheduling.IndexFiles;
using LiveFunctions.Core.Scheduling.Records;
using LiveFunctions.EndToEnd.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static LiveFunctions.EndToEnd.Tests.Support.AppCalls;

namespace LiveFunctions.EndToEnd.Tests.Functions.Scheduling;

/// <summary>
/// The hourly index files through the whole pack on the real clock: streams published in the emulator in the last
/// whole hours, an app instance whose standalone scheduler fires <c>index-planner</c> every 2 seconds, its queue
/// listener running <c>index-executor</c>, and the manifests read back from the emulator's OSS.
/// </summary>
[Collection(PackCollection.Name)]
public sealed class HourlyIndexEndToEndTests(PackFixture pack) : IAsyncLifetime
{
    private readonly string _domain = $"e2e{Guid.NewGuid():N}"[..15] + ".example.com";

    public async Task InitializeAsync()
    {
        await pack.ResetAsync();
        var (created, _) = await pack.App.SendJsonAsync(HttpMethod.Put, $"/api/domains/{_domain}/apps/liveApp/record-config", $$"""
            {"OssEndpoint":"oss-cn-shanghai.aliyuncs.com","OssBucket":"{{PackFixture.IndexBucket}}",
             "RecordFormat":[{"Format":"m3u8","SliceDuration":30,"OssObjectPrefix":"record/{AppName}/{StreamName}/{EscapedStartTime}_{EscapedEndTime}",
                              "SliceOssObjectPrefix":"record/{AppName}/{StreamName}/{UnixTimestamp}_{Sequence}"}]}
            """);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task HourlyRun_CreatesOneIndexPerStreamAndHour_ListingExactlyThatHoursSegments_AndBackfillsTheMissedHour()
    {
        var latest = IndexHourPlanner.LatestPlannableHour(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2));
        var missed = latest.Previous;
        await pack.Emulator.PublishStreamAsync(_domain, "liveApp", "s1", latest.Start.AddMinutes(5), latest.Start.AddMinutes(25));
        await pack.Emulator.PublishStreamAsync(_domain, "liveApp", "s2", latest.Start.AddMinutes(30), latest.Start.AddMinutes(40));
        await pack.Emulator.PublishStreamAsync(_domain, "liveApp", "s3", missed.Start.AddMinutes(50), latest.Start.AddMinutes(10));
        await pack.Emulator.PublishStreamAsync(_domain, "liveApp", "s4", missed.Start.AddMinutes(1), missed.Start.AddMinutes(2));

        // The last run planned the hour before the missed one: the next run plans the missed hour and the latest one.
        var store = pack.App.Services.GetRequiredService<SchedulingStore>();
        await store.PutCheckpointAsync(new IndexCheckpoint(_domain, missed.Previous.Start, DateTimeOffset.UtcNow.AddHours(-1)), default);

        await using var app = await pack.StartAppAsync(new Dictionary<string, string?>
        {
            ["IndexFiles:Domains"] = _domain,
            ["IndexFilesSchedule"] = "*/2 * * * * *",

            // Its own timer statuses: instances of other tests (some on a manual clock) keep theirs under the default id.
            ["Standalone:HostId"] = "e2e-hourly-" + Guid.NewGuid().ToString("N")[..8],
        });
        var listing = await WaitForOutcomesAsync(app, missed, latest, expected: 5);

        var outcomes = listing.GetProperty("Outcomes").EnumerateArray().ToList();
        Assert.Equal(5, listing.GetProperty("Created").GetInt32());
        Assert.Equal(
            [$"s3@{missed}", $"s4@{missed}", $"s1@{latest}", $"s2@{latest}", $"s3@{latest}"],
            outcomes.Select(o => $"{o.GetProperty("StreamName").GetString()}@{IndexHour.Containing(DateTimeOffset.Parse(o.GetProperty("HourStart").GetString()!, CultureInfo.InvariantCulture))}"));

        // Segments of 30 s: the whole session when it lies in the hour, else only the part inside the hour.
        var expected = new Dictionary<string, int>
        {
            [$"s3@{missed}"] = 20, [$"s4@{missed}"] = 2, [$"s1@{latest}"] = 40, [$"s2@{latest}"] = 20, [$"s3@{latest}"] = 20,
        };
        foreach (var outcome in outcomes)
        {
            var hour = IndexHour.Containing(DateTimeOffset.Parse(outcome.GetProperty("HourStart").GetString()!, CultureInfo.InvariantCulture));
            var key = $"{outcome.GetProperty("StreamName").GetString()}@{hour}";
            var starts = await SegmentStartsAsync(new Uri(outcome.GetProperty("RecordUrl").GetString()!));
            Assert.Equal(expected[key], starts.Count);
            Assert.All(starts, start => Assert.True(start >= hour.Start && start < hour.End, $"{key}: segment at {start:O} is outside the hour"));
            Assert.Equal(
                $"record/liveApp/{outcome.GetProperty("StreamName").GetString()}/{hour.Start:yyyy-MM-dd}/{hour.Start:HH}.m3u8",
                outcome.GetProperty("OssObject").GetString());
        }

        // The timer keeps firing; nothing is created twice.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var calls = (await pack.Emulator.RequestsAsync()).Count(r => r.Action == "CreateLiveStreamRecordIndexFiles");
        Assert.Equal(5, calls);
        var checkpoint = await store.GetCheckpointAsync(_domain, default);
        Assert.True(checkpoint!.LastPlannedHour >= latest);
    }

    private async Task<JsonElement> WaitForOutcomesAsync(PackApp app, IndexHour first, IndexHour last, int expected)
    {
        var path = $"/api/domains/{_domain}/index-files?from={Wire(first.Start)}&to={Wire(last.End)}";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var (response, body) = await app.SendJsonAsync(HttpMethod.Get, path, null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (body.GetProperty("Outcomes").GetArrayLength() >= expected || DateTime.UtcNow > deadline)
            {
                return body;
            }

            await Task.Delay(250);
        }
    }

    /// <summary>The start of every segment the M3U8 lists, read from its name <c>{UnixTimestamp}_{Sequence}.ts</c>.</summary>
    private async Task<IReadOnlyList<DateTimeOffset>> SegmentStartsAsync(Uri manifest)
    {
        using var response = await pack.Emulator.GetAsync(manifest);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("#EXTM3U", text, StringComparison.Ordinal);
        Assert.EndsWith("#EXT-X-ENDLIST\n", text, StringComparison.Ordinal);
        return text.Split('\n')
            .Where(line => line.EndsWith(".ts", StringComparison.Ordinal))
            .Select(line => DateTimeOffset.FromUnixTimeSeconds(long.Parse(line[(line.LastIndexOf('/') + 1)..line.IndexOf('_', line.LastIndexOf('/'))], CultureInfo.InvariantCulture)))
            .ToList();
    }
}
