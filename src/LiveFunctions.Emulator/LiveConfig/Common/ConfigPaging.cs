using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.LiveConfig.Common;

/// <summary>
/// The paging of the Describe config actions: <c>PageNum</c> (≥ 1, default 1), <c>PageSize</c> (a documented range,
/// default 10), <c>Order</c> (<c>asc</c> default / <c>desc</c>, by creation time).
/// </summary>
internal sealed record ConfigPaging(int PageNum, int PageSize, string Order)
{
    /// <summary>Reads the paging parameters (errors land in the reader).</summary>
    public static ConfigPaging Read(ParameterReader parameters, int minPageSize = 5, int maxPageSize = 30, bool withOrder = true)
    {
        var pageNum = parameters.OptionalInt("PageNum") ?? 1;
        if (pageNum < 1)
        {
            parameters.Fail(ServiceErrors.Malformed("PageNum", "It must be at least 1."));
        }

        var pageSize = parameters.OptionalInt("PageSize") ?? 10;
        if (pageSize < minPageSize || pageSize > maxPageSize)
        {
            parameters.Fail(ServiceErrors.Malformed("PageSize", $"Valid values: {minPageSize} to {maxPageSize}."));
        }

        var order = withOrder ? parameters.Optional("Order") ?? "asc" : "asc";
        if (order is not ("asc" or "desc"))
        {
            parameters.Fail(ServiceErrors.Malformed("Order", "Valid values: asc, desc."));
        }

        return new ConfigPaging(pageNum, pageSize, order);
    }

    /// <summary>The page of <paramref name="items"/> (already filtered), ordered by creation time as asked.</summary>
    public IReadOnlyList<T> Page<T>(IEnumerable<T> items, Func<T, DateTimeOffset> createTime, Func<T, string> tieBreak)
    {
        var ordered = Order == "desc"
            ? items.OrderByDescending(createTime).ThenByDescending(tieBreak, StringComparer.Ordinal)
            : items.OrderBy(createTime).ThenBy(tieBreak, StringComparer.Ordinal);
        return Paging.Page(ordered.ToList(), PageNum, PageSize);
    }

    /// <summary>Adds <c>PageNum</c>, <c>PageSize</c>, <c>Order</c>, <c>TotalNum</c>, <c>TotalPage</c> to an answer.</summary>
    public JsonObject AddTo(JsonObject body, int total)
    {
        body["PageNum"] = PageNum;
        body["PageSize"] = PageSize;
        body["Order"] = Order;
        body["TotalNum"] = total;
        body["TotalPage"] = Paging.TotalPages(total, PageSize);
        return body;
    }
}
