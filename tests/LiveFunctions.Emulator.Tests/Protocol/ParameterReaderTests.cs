using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Tests.Protocol;

public sealed class ParameterReaderTests
{
    private static ParameterReader Reader(params (string Name, string Value)[] pairs) =>
        new(pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    [Fact]
    public void Required_Absent_MissingCodeWithTheFieldName()
    {
        var reader = Reader();

        Assert.Equal("", reader.Required("DomainName"));
        Assert.Equal(new ServiceError(400, "MissingDomainName", "DomainName is mandatory for this action."), reader.Error);
    }

    [Fact]
    public void Optional_EmptyValue_CountsAsAbsent()
    {
        var reader = Reader(("StreamName", ""));

        Assert.Null(reader.Optional("StreamName"));
        reader.Required("StreamName");
        Assert.Equal("MissingStreamName", reader.Error!.Code);
    }

    [Fact]
    public void OptionalInt_NotAnInteger_InvalidMalformedByDefault()
    {
        var reader = Reader(("DelayTime", "12.5"));

        Assert.Null(reader.OptionalInt("DelayTime"));
        Assert.Equal("InvalidDelayTime.Malformed", reader.Error!.Code);
    }

    [Fact]
    public void OptionalInt_GivenCode_UsesIt()
    {
        var documented = new ServiceError(400, "InvalidDelayTime", "Specified Delaytime is invalid.");
        var reader = Reader(("DelayTime", "soon"));

        reader.OptionalInt("DelayTime", documented);

        Assert.Equal(documented, reader.Error);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    public void OptionalBool_AnyCase_Parsed(string text, bool expected)
    {
        var reader = Reader(("EndTimeIncluded", text));

        Assert.Equal(expected, reader.OptionalBool("EndTimeIncluded"));
        Assert.Null(reader.Error);
    }

    [Fact]
    public void OptionalBool_OtherText_Malformed()
    {
        var reader = Reader(("EndTimeIncluded", "yes"));

        Assert.Null(reader.OptionalBool("EndTimeIncluded"));
        Assert.Equal("InvalidEndTimeIncluded.Malformed", reader.Error!.Code);
    }

    [Fact]
    public void OptionalTime_DocumentedLayout_ParsedAsUtc()
    {
        var reader = Reader(("StartTime", "2026-03-02T10:00:00Z"), ("EndTime", "2026-03-02 11:00:00"));

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), reader.OptionalTime("StartTime"));
        Assert.Null(reader.OptionalTime("EndTime"));
        Assert.Equal("InvalidEndTime.Malformed", reader.Error!.Code);
    }

    [Fact]
    public void List_FlattenedStrings_OrderedByNumericIndex()
    {
        var reader = Reader(("TranscodeTemplates.10", "c"), ("TranscodeTemplates.2", "b"), ("TranscodeTemplates.1", "a"), ("TranscodeTemplatesX", "no"));

        Assert.Equal(["a", "b", "c"], reader.List("TranscodeTemplates"));
    }

    [Fact]
    public void Objects_FlattenedItems_OneReaderPerIndexWithFullNamesInErrors()
    {
        var reader = Reader(
            ("RecordFormat.2.Format", "flv"),
            ("RecordFormat.1.Format", "m3u8"),
            ("RecordFormat.1.SliceDuration", "x"));

        var items = reader.Objects("RecordFormat");

        Assert.Equal(["m3u8", "flv"], items.Select(item => item.Optional("Format")));
        items[1].Required("CycleDuration");
        items[0].OptionalInt("SliceDuration");
        Assert.Equal(new ServiceError(400, "MissingCycleDuration", "RecordFormat.2.CycleDuration is mandatory for this action."), reader.Error);
    }

    [Fact]
    public void Fail_SecondError_FirstOneKept()
    {
        var reader = Reader();

        reader.Required("DomainName");
        reader.Required("AppName");

        Assert.Equal("MissingDomainName", reader.Error!.Code);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("31")]
    [InlineData("ten")]
    public void IntInRange_OutsideOrNotAnInteger_MalformedAndFallback(string value)
    {
        var reader = Reader(("PageSize", value));

        Assert.Equal(10, reader.IntInRange("PageSize", 10, 5, 30));
        Assert.Equal("InvalidPageSize.Malformed", reader.Error!.Code);
    }

    [Fact]
    public void IntInRange_InsideOrAbsent_TheValueOrTheFallback()
    {
        var reader = Reader(("PageSize", "30"));

        Assert.Equal(30, reader.IntInRange("PageSize", 10, 5, 30));
        Assert.Equal(1, reader.IntInRange("PageNum", 1, 1, int.MaxValue));
        Assert.Null(reader.Error);
    }

    [Fact]
    public void Choice_AnyCase_TheAllowedSpelling()
    {
        var reader = Reader(("Order", "DESC"));

        Assert.Equal("desc", reader.Choice("Order", "asc", "asc", "desc"));
        Assert.Equal("fuzzy", reader.Choice("QueryType", "fuzzy", "fuzzy", "strict"));
        Assert.Null(reader.Error);
    }

    [Fact]
    public void Choice_OtherValue_MalformedAndFallback()
    {
        var reader = Reader(("Order", "up"));

        Assert.Equal("asc", reader.Choice("Order", "asc", "asc", "desc"));
        Assert.Equal("InvalidOrder.Malformed", reader.Error!.Code);
    }

    [Fact]
    public void RequiredTime_Absent_Missing()
    {
        var reader = Reader();

        Assert.Equal(default, reader.RequiredTime("StartTime"));
        Assert.Equal("MissingStartTime", reader.Error!.Code);
    }

    [Fact]
    public void RequiredTime_OtherLayout_TheGivenError()
    {
        var reader = Reader(("StartTime", "2026-03-10T10:00:00+00:00"));
        var malformed = new ServiceError(400, "InvalidStartTime.Malformed", "Specified StartTime is malformed.");

        Assert.Equal(default, reader.RequiredTime("StartTime", malformed));
        Assert.Equal(malformed, reader.Error);
    }

    [Fact]
    public void RequiredTime_WireLayout_TheUtcTime()
    {
        var reader = Reader(("StartTime", "2026-03-10T10:00:00Z"));

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 10, 0, 0, TimeSpan.Zero), reader.RequiredTime("StartTime"));
        Assert.Null(reader.Error);
    }
}
