namespace LiveFunctions.Emulator.Protocol;

/// <summary>1-based page arithmetic shared by the list actions.</summary>
internal static class Paging
{
    /// <summary>The items of one page.</summary>
    public static List<T> Page<T>(IReadOnlyList<T> items, int pageNumber, int pageSize) =>
        items.Skip((int)Math.Min(int.MaxValue, (long)(pageNumber - 1) * pageSize)).Take(pageSize).ToList();

    /// <summary>How many pages <paramref name="total"/> items fill.</summary>
    public static int TotalPages(int total, int pageSize) => (total + pageSize - 1) / pageSize;
}
