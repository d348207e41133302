using LiveFunctions.Core.Operations.DescribeLiveRecordConfig;
using LiveFunctions.Core.Tests.Validation;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Operations.DescribeLiveRecordConfig;

public sealed class DescribeLiveRecordConfigValidatorTests
{
    private static DescribeLiveRecordConfigRequest Valid() => new() { DomainName = "example.com" };

    private static IReadOnlyList<ValidationError> Validate(DescribeLiveRecordConfigRequest request) =>
        DescribeLiveRecordConfigOperation.Instance.Validate(request, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Validate_DomainNameOnly_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(Valid()));
    }

    [Fact]
    public void Validate_EveryParameterValid_ReturnsNoErrors()
    {
        var request = Valid() with { AppName = "liveApp", StreamName = "liveStream", PageNum = 3, PageSize = 20, Order = "desc" };

        ErrorAssert.None(Validate(request));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_DomainNameMissing_ReturnsMissingDomainName(string? value)
    {
        ErrorAssert.Single(Validate(Valid() with { DomainName = value }), "MissingDomainName", "DomainName");
    }

    [Fact]
    public void Validate_PageNumOne_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(Valid() with { PageNum = 1 }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_PageNumBelowOne_ReturnsInvalidPageNumMalformed(int value)
    {
        ErrorAssert.Single(Validate(Valid() with { PageNum = value }), "InvalidPageNum.Malformed", "PageNum");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(30)]
    public void Validate_PageSizeAtBounds_ReturnsNoErrors(int value)
    {
        ErrorAssert.None(Validate(Valid() with { PageSize = value }));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(31)]
    public void Validate_PageSizeOutOfRange_ReturnsInvalidPageSizeMalformed(int value)
    {
        ErrorAssert.Single(Validate(Valid() with { PageSize = value }), "InvalidPageSize.Malformed", "PageSize");
    }

    [Theory]
    [InlineData("asc")]
    [InlineData("desc")]
    public void Validate_ListedOrder_ReturnsNoErrors(string value)
    {
        ErrorAssert.None(Validate(Valid() with { Order = value }));
    }

    [Theory]
    [InlineData("ASC")]
    [InlineData("newest")]
    public void Validate_OrderNotListed_ReturnsInvalidOrderMalformed(string value)
    {
        ErrorAssert.Single(Validate(Valid() with { Order = value }), "InvalidOrder.Malformed", "Order");
    }
}
