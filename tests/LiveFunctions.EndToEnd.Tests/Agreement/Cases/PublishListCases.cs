using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;
using static LiveFunctions.EndToEnd.Tests.Agreement.Cases.Seeds;

namespace LiveFunctions.EndToEnd.Tests.Agreement.Cases;

/// <summary>DescribeLiveStreamsPublishList (spec §6.5; no document of its own): the range, the filters and the paging.</summary>
internal static class PublishListCases
{
    private const string Op = "DescribeLiveStreamsPublishList";

    public static IEnumerable<AgreementCase> All =>
    [
        AgreementCase.Valid($"{Op}: the last hour", List(r => r)),
        AgreementCase.Valid($"{Op}: every filter, order and page", List(r => r with
        {
            RegionId = "cn-shanghai",
            AppName = LiveApp,
            StreamName = Stream1,
            QueryType = "strict",
            StreamType = "all",
            OrderBy = "stream_name_desc",
            PageSize = 3000,
            PageNumber = 2,
        })),
        AgreementCase.Valid($"{Op}: transcoded streams of 30 days", List(r => r with
        {
            StartTime = Wire(AgreementEmulator.Start.AddDays(-30)),
            EndTime = Wire(AgreementEmulator.Start),
            StreamType = "trans",
            QueryType = "fuzzy",
            PageSize = 1,
        })),

        AgreementCase.Invalid($"{Op}: no DomainName", "MissingDomainName", List(r => r with { DomainName = null })),
        AgreementCase.Invalid($"{Op}: no StartTime", "MissingStartTime", List(r => r with { StartTime = null })),
        AgreementCase.Invalid($"{Op}: no EndTime", "MissingEndTime", List(r => r with { EndTime = null })),
        AgreementCase.Invalid($"{Op}: StartTime a date only", "InvalidStartTime.Malformed", List(r => r with { StartTime = "2026-03-02" })),
        AgreementCase.Invalid($"{Op}: EndTime with an offset", "InvalidEndTime.Malformed", List(r => r with { EndTime = "2026-03-02T10:00:00+08:00" })),
        AgreementCase.Invalid($"{Op}: EndTime before StartTime", "InvalidEndTime.Mismatch", List(r => r with { EndTime = Wire(AgreementEmulator.Start.AddHours(-2)) })),
        AgreementCase.Invalid($"{Op}: range over 30 days", "InvalidEndTime.Mismatch", List(r => r with
        {
            StartTime = Wire(AgreementEmulator.Start.AddDays(-29)),
            EndTime = Wire(AgreementEmulator.Start.AddDays(1).AddSeconds(1)),
        })),
        AgreementCase.Invalid($"{Op}: PageSize 0", "InvalidPageSize.Malformed", List(r => r with { PageSize = 0 })),
        AgreementCase.Invalid($"{Op}: PageSize 3001", "InvalidPageSize.Malformed", List(r => r with { PageSize = 3001 })),
        AgreementCase.Invalid($"{Op}: PageNumber 0", "InvalidPageNumber.Malformed", List(r => r with { PageNumber = 0 })),
        AgreementCase.Invalid($"{Op}: QueryType exact", "InvalidQueryType.Malformed", List(r => r with { QueryType = "exact" })),
        AgreementCase.Invalid($"{Op}: StreamType raw", "InvalidStreamType.Malformed", List(r => r with { StreamType = "raw" })),
        AgreementCase.Invalid($"{Op}: OrderBy by name", "InvalidOrderBy.Malformed", List(r => r with { OrderBy = "name" })),

        AgreementCase.Known($"{Op}: StartTime older than 30 days", "InvalidStartTime.Mismatch", null,
            "Only the last 30 days can be queried; no document here gives a code for an older start. Core refuses it (InvalidStartTime.Mismatch, the documents' code for a start that does not match the current time); the emulator answers, listing no session that stopped more than 30 days ago.",
            List(r => r with { StartTime = Wire(AgreementEmulator.Start.AddDays(-31)), EndTime = Wire(AgreementEmulator.Start.AddDays(-30)) })),
    ];

    private static Func<AgreementEmulator, OpenApiPreview> List(Func<DescribeLiveStreamsPublishListRequest, DescribeLiveStreamsPublishListRequest> change) =>
        emulator => emulator.Client.Preview(DescribeLiveStreamsPublishListOperation.Instance, change(new DescribeLiveStreamsPublishListRequest
        {
            DomainName = Domain,
            StartTime = Wire(AgreementEmulator.Start.AddHours(-1)),
            EndTime = Wire(AgreementEmulator.Start),
        }));
}
