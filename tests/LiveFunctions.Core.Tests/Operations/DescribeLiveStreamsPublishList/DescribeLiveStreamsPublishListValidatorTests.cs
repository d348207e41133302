using LiveFunctions.Core.Operations.DescribeLiveStreamsPublishList;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Operations.DescribeLiveStreamsPublishList;

public sealed class DescribeLiveStreamsPublishListValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private static DescribeLiveStreamsPublishListRequest Valid() => new()
    {
        DomainName = "example.com",
        StartTime = "2026-03-15T10:00:00Z",
        EndTime = "2026-03-15T11:00:00Z",
    };

    private static ValidationError Single(DescribeLiveStreamsPublishListRequest request) =>
        Assert.Single(DescribeLiveStreamsPublishListValidator.Validate(request, Now));

    private static void AssertValid(DescribeLiveStreamsPublishListRequest request) =>
        Assert.Empty(DescribeLiveStreamsPublishListValidator.Validate(request, Now));

    [Fact]
    public void Validate_ValidMinimalRequest_ReturnsNoErrors()
    {
        AssertValid(Valid());
    }

    [Fact]
    public void Validate_ValidRequestWithEveryOption_ReturnsNoErrors()
    {
        AssertValid(Valid() with
        {
            RegionId = "cn-shanghai",
            AppName = "liveApp",
            StreamName = "liveStream",
            PageSize = 1500,
            PageNumber = 2,
            QueryType = "strict",
            StreamType = "trans",
            OrderBy = "stream_name_desc",
        });
    }

    [Theory]
    [InlineData("DomainName")]
    [InlineData("StartTime")]
    [InlineData("EndTime")]
    public void Validate_RequiredParameterMissing_ReturnsMissingParameter(string parameter)
    {
        var request = parameter switch
        {
            "DomainName" => Valid() with { DomainName = null },
            "StartTime" => Valid() with { StartTime = string.Empty },
            _ => Valid() with { EndTime = null },
        };

        var error = Single(request);

        Assert.Equal($"Missing{parameter}", error.Code);
        Assert.Equal(parameter, error.Parameter);
    }

    [Fact]
    public void Validate_StartTimeMalformed_ReturnsInvalidStartTimeMalformed()
    {
        var error = Single(Valid() with { StartTime = "2026-03-15T10:00:00+00:00" });

        Assert.Equal("InvalidStartTime.Malformed", error.Code);
        Assert.Equal("StartTime", error.Parameter);
    }

    [Fact]
    public void Validate_EndTimeMalformed_ReturnsInvalidEndTimeMalformed()
    {
        var error = Single(Valid() with { EndTime = "2026/03/15 11:00:00" });

        Assert.Equal("InvalidEndTime.Malformed", error.Code);
        Assert.Equal("EndTime", error.Parameter);
    }

    [Theory]
    [InlineData("2026-03-15T10:00:00Z")]
    [InlineData("2026-03-15T09:59:59Z")]
    public void Validate_EndTimeNotAfterStartTime_ReturnsInvalidEndTimeMismatch(string endTime)
    {
        var error = Single(Valid() with { EndTime = endTime });

        Assert.Equal("InvalidEndTime.Mismatch", error.Code);
        Assert.Equal("EndTime", error.Parameter);
    }

    [Fact]
    public void Validate_RangeOfOneSecond_ReturnsNoErrors()
    {
        AssertValid(Valid() with { EndTime = "2026-03-15T10:00:01Z" });
    }

    [Fact]
    public void Validate_RangeOfExactlyThirtyDays_ReturnsNoErrors()
    {
        AssertValid(Valid() with { StartTime = "2026-02-13T12:00:00Z", EndTime = "2026-03-15T12:00:00Z" });
    }

    [Fact]
    public void Validate_RangeOverThirtyDays_ReturnsInvalidEndTimeMismatch()
    {
        // StartTime stays inside the 30-day window; only the range is too long.
        var error = Single(Valid() with { StartTime = "2026-02-14T00:00:00Z", EndTime = "2026-03-16T00:00:01Z" });

        Assert.Equal("InvalidEndTime.Mismatch", error.Code);
        Assert.Equal("EndTime", error.Parameter);
    }

    [Fact]
    public void Validate_StartTimeExactlyThirtyDaysAgo_ReturnsNoErrors()
    {
        AssertValid(Valid() with { StartTime = "2026-02-13T12:00:00Z", EndTime = "2026-02-13T13:00:00Z" });
    }

    [Fact]
    public void Validate_StartTimeOlderThanThirtyDays_ReturnsInvalidStartTimeMismatch()
    {
        var error = Single(Valid() with { StartTime = "2026-02-13T11:59:59Z", EndTime = "2026-02-13T13:00:00Z" });

        Assert.Equal("InvalidStartTime.Mismatch", error.Code);
        Assert.Equal("StartTime", error.Parameter);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2000)]
    [InlineData(3000)]
    public void Validate_PageSizeInRange_ReturnsNoErrors(int pageSize)
    {
        AssertValid(Valid() with { PageSize = pageSize });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3001)]
    public void Validate_PageSizeOutOfRange_ReturnsInvalidPageSizeMalformed(int pageSize)
    {
        var error = Single(Valid() with { PageSize = pageSize });

        Assert.Equal("InvalidPageSize.Malformed", error.Code);
        Assert.Equal("PageSize", error.Parameter);
    }

    [Fact]
    public void Validate_PageNumberOne_ReturnsNoErrors()
    {
        AssertValid(Valid() with { PageNumber = 1 });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Validate_PageNumberBelowOne_ReturnsInvalidPageNumberMalformed(int pageNumber)
    {
        var error = Single(Valid() with { PageNumber = pageNumber });

        Assert.Equal("InvalidPageNumber.Malformed", error.Code);
        Assert.Equal("PageNumber", error.Parameter);
    }

    [Theory]
    [InlineData("fuzzy")]
    [InlineData("strict")]
    public void Validate_QueryTypeDocumented_ReturnsNoErrors(string value)
    {
        AssertValid(Valid() with { QueryType = value });
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("Fuzzy")]
    [InlineData("")]
    public void Validate_QueryTypeUnknown_ReturnsInvalidQueryTypeMalformed(string value)
    {
        var error = Single(Valid() with { QueryType = value });

        Assert.Equal("InvalidQueryType.Malformed", error.Code);
        Assert.Equal("QueryType", error.Parameter);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("trans")]
    public void Validate_StreamTypeDocumented_ReturnsNoErrors(string value)
    {
        AssertValid(Valid() with { StreamType = value });
    }

    [Theory]
    [InlineData("raw")]
    [InlineData("ALL")]
    public void Validate_StreamTypeUnknown_ReturnsInvalidStreamTypeMalformed(string value)
    {
        var error = Single(Valid() with { StreamType = value });

        Assert.Equal("InvalidStreamType.Malformed", error.Code);
        Assert.Equal("StreamType", error.Parameter);
    }

    [Theory]
    [InlineData("publish_time_asc")]
    [InlineData("publish_time_desc")]
    [InlineData("stream_name_asc")]
    [InlineData("stream_name_desc")]
    public void Validate_OrderByDocumented_ReturnsNoErrors(string value)
    {
        AssertValid(Valid() with { OrderBy = value });
    }

    [Theory]
    [InlineData("publish_time")]
    [InlineData("stop_time_asc")]
    public void Validate_OrderByUnknown_ReturnsInvalidOrderByMalformed(string value)
    {
        var error = Single(Valid() with { OrderBy = value });

        Assert.Equal("InvalidOrderBy.Malformed", error.Code);
        Assert.Equal("OrderBy", error.Parameter);
    }
}
