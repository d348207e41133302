using LiveFunctions.EndToEnd.Tests.Agreement.Cases;

namespace LiveFunctions.EndToEnd.Tests.Agreement;

/// <summary>Every row of the agreement table, one case class per operation (or pair of operations).</summary>
internal static class AgreementTable
{
    private static readonly Lazy<IReadOnlyList<AgreementCase>> Rows = new(() =>
    [
        .. AddRecordConfigCases.All,
        .. UpdateRecordConfigCases.All,
        .. DescribeRecordConfigCases.All,
        .. VodConfigCases.All,
        .. SnapshotConfigCases.All,
        .. IndexFilesCases.All,
        .. PublishListCases.All,
        .. TranscodeJobCases.All,
    ]);

    /// <summary>The rows, in table order.</summary>
    public static IReadOnlyList<AgreementCase> All => Rows.Value;

    /// <summary>The row with that id.</summary>
    public static AgreementCase Find(string id) => All.Single(row => row.Id == id);
}
