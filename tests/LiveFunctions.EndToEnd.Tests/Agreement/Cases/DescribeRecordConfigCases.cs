using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Operations.DescribeLiveRecordConfig;
using static LiveFunctions.EndToEnd.Tests.Agreement.Cases.Seeds;

namespace LiveFunctions.EndToEnd.Tests.Agreement.Cases;

/// <summary>DescribeLiveRecordConfig (spec §6.2): DomainName, the filters and the paging rules.</summary>
internal static class DescribeRecordConfigCases
{
    private const string Op = "DescribeLiveRecordConfig";

    public static IEnumerable<AgreementCase> All =>
    [
        AgreementCase.Valid($"{Op}: the domain", Describe(r => r), RecordConfig),
        AgreementCase.Valid($"{Op}: every filter and paging parameter", Describe(r => r with { AppName = LiveApp, StreamName = Stream1, PageNum = 2, PageSize = 30, Order = "desc" })),
        AgreementCase.Valid($"{Op}: smallest page", Describe(r => r with { PageNum = 1, PageSize = 5, Order = "asc" })),

        AgreementCase.Invalid($"{Op}: no DomainName", "MissingDomainName", Describe(r => r with { DomainName = null })),
        AgreementCase.Invalid($"{Op}: PageNum 0", "InvalidPageNum.Malformed", Describe(r => r with { PageNum = 0 })),
        AgreementCase.Invalid($"{Op}: PageSize 4", "InvalidPageSize.Malformed", Describe(r => r with { PageSize = 4 })),
        AgreementCase.Invalid($"{Op}: PageSize 31", "InvalidPageSize.Malformed", Describe(r => r with { PageSize = 31 })),
        AgreementCase.Invalid($"{Op}: Order in upper case", "InvalidOrder.Malformed", Describe(r => r with { Order = "DESC" })),
    ];

    private static Func<AgreementEmulator, OpenApiPreview> Describe(Func<DescribeLiveRecordConfigRequest, DescribeLiveRecordConfigRequest> change) =>
        emulator => emulator.Client.Preview(DescribeLiveRecordConfigOperation.Instance, change(new DescribeLiveRecordConfigRequest { DomainName = Domain }));
}
