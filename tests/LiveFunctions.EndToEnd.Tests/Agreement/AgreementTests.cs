namespace LiveFunctions.EndToEnd.Tests.Agreement;

/// <summary>
/// Core's validators and the emulator were written independently from the same documents, so each checks the other:
/// for every row of <see cref="AgreementTable"/>, Core's verdict (its preview) and the emulator's verdict on the very
/// same wire parameters (sent signed through the real client, Core's validation bypassed) must be the ones the row
/// expects — equal, unless the row records a known, explained difference.
/// </summary>
public sealed class AgreementTests(AgreementEmulator emulator) : IClassFixture<AgreementEmulator>
{
    public static TheoryData<string> Rows => [.. AgreementTable.All.Select(row => row.Id)];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Verdicts_SameParameters_CoreAndEmulatorAsTheTableSays(string id)
    {
        var row = AgreementTable.Find(id);
        await emulator.ResetAsync();
        if (row.Seed is not null)
        {
            await row.Seed(emulator);
        }

        var preview = row.Request(emulator);
        var core = preview.Errors.Count == 0 ? null : preview.Errors[0].Code;
        var answer = await emulator.VerdictAsync(preview.Product, preview.Action, preview.Parameters);

        var sent = string.Join("&", preview.Parameters.Select(p => $"{p.Key}={p.Value}"));
        Assert.True(preview.Action == row.Action, $"{id}: the row previews {preview.Action}");
        Assert.True(core == row.Core, $"{id}: Core says {core ?? "accepted"}, the table {row.Core ?? "accepted"} ({sent})");
        Assert.True(answer == row.Emulator, $"{id}: the emulator says {answer ?? "accepted"}, the table {row.Emulator ?? "accepted"} ({sent})");
    }

    [Fact]
    public void Table_EveryCoreOperation_HasValidAndInvalidRowsAndEveryDifferenceIsExplained()
    {
        string[] operations =
        [
            "AddLiveAppRecordConfig", "UpdateLiveAppRecordConfig", "DescribeLiveRecordConfig", "AddLiveRecordVodConfig",
            "UpdateLiveAppSnapshotConfig", "CreateLiveStreamRecordIndexFiles", "DescribeLiveStreamsPublishList",
            "GetLiveTranscodeJob", "UpdateLiveTranscodeJob",
        ];

        Assert.Equal(operations.Order(StringComparer.Ordinal), AgreementTable.All.Select(row => row.Action).Distinct().Order(StringComparer.Ordinal));
        foreach (var operation in operations)
        {
            var rows = AgreementTable.All.Where(row => row.Action == operation).ToList();
            Assert.Contains(rows, row => row is { Core: null, Emulator: null });
            Assert.Contains(rows, row => row is { Core: not null, Emulator: not null, Difference: null });
        }

        Assert.Equal(AgreementTable.All.Count, AgreementTable.All.Select(row => row.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(AgreementTable.All.Where(row => row.Core != row.Emulator), row => Assert.False(string.IsNullOrWhiteSpace(row.Difference), row.Id));
        Assert.All(AgreementTable.All.Where(row => row.Difference is not null), row => Assert.NotEqual(row.Core, row.Emulator));
    }
}
