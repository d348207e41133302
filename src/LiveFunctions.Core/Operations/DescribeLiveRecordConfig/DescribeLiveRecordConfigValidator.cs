using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Operations.DescribeLiveRecordConfig;

/// <summary>The rules of DescribeLiveRecordConfig (spec/alibaba-openapi.md §6.2; docs/validation.md).</summary>
internal static class DescribeLiveRecordConfigValidator
{
    /// <summary>The sort orders the operation accepts.</summary>
    internal static readonly string[] Orders = ["asc", "desc"];

    public static IReadOnlyList<ValidationError> Validate(DescribeLiveRecordConfigRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationCollector();
        errors.Require("DomainName", request.DomainName);
        errors.InRange("PageNum", request.PageNum, 1, int.MaxValue);
        errors.InRange("PageSize", request.PageSize, 5, 30);
        errors.OneOf("Order", request.Order, Orders);
        return errors.ToList();
    }
}
