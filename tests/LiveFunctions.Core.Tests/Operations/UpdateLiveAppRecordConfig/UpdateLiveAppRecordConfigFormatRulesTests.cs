using LiveFunctions.Core.Operations.UpdateLiveAppRecordConfig;
using LiveFunctions.Core.Tests.Validation;
using static LiveFunctions.Core.Tests.Operations.UpdateLiveAppRecordConfig.UpdateRecordConfigRequests;

namespace LiveFunctions.Core.Tests.Operations.UpdateLiveAppRecordConfig;

public sealed class UpdateLiveAppRecordConfigFormatRulesTests
{
    [Fact]
    public void Validate_NeitherRecordFormatNorTranscodeRecordFormat_ReturnsMissingRecordFormat()
    {
        ErrorAssert.Single(Validate(Valid() with { RecordFormat = null }), "MissingRecordFormat", "RecordFormat");
    }


    [Fact]
    public void Validate_BothFormatListsEmpty_ReturnsMissingRecordFormat()
    {
        ErrorAssert.Single(Validate(Valid() with { RecordFormat = [], TranscodeRecordFormat = [] }), "MissingRecordFormat", "RecordFormat");
    }


    [Fact]
    public void Validate_OnlyTranscodeRecordFormat_ReturnsNoErrors()
    {
        var request = Valid() with
        {
            RecordFormat = null,
            TranscodeRecordFormat = [new RecordFormatItem { Format = "mp4" }],
            TranscodeTemplates = ["sd"],
        };

        ErrorAssert.None(Validate(request));
    }


    [Theory]
    [InlineData("m3u8")]
    [InlineData("flv")]
    [InlineData("mp4")]
    [InlineData("cmaf")]
    public void Validate_ListedFormat_ReturnsNoErrors(string format)
    {
        ErrorAssert.None(Validate(WithFormat(new RecordFormatItem { Format = format })));
    }


    [Theory]
    [InlineData("ts")]
    [InlineData("M3U8")]
    [InlineData("mp3")]
    public void Validate_FormatNotListed_ReturnsInvalidFormatMalformed(string format)
    {
        ErrorAssert.Single(Validate(WithFormat(new RecordFormatItem { Format = format })), "InvalidFormat.Malformed", "RecordFormat.1.Format");
    }


    [Fact]
    public void Validate_TranscodeFormatNotListed_ReturnsInvalidFormatMalformed()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "avi" }], TranscodeTemplates = ["sd"] };

        ErrorAssert.Single(Validate(request), "InvalidFormat.Malformed", "TranscodeRecordFormat.1.Format");
    }


    [Fact]
    public void Validate_ItemWithoutFormat_ReturnsMissingFormat()
    {
        ErrorAssert.Single(Validate(WithFormat(new RecordFormatItem { CycleDuration = 3600 })), "MissingFormat", "RecordFormat.1.Format");
    }


    [Fact]
    public void Validate_NullItem_ReturnsMissingFormatAtItsPosition()
    {
        var request = Valid() with { RecordFormat = [new RecordFormatItem { Format = "flv" }, null!] };

        ErrorAssert.Single(Validate(request), "MissingFormat", "RecordFormat.2.Format");
    }


    [Fact]
    public void Validate_FormatRepeatedInRecordFormat_ReturnsInvalidFormatIllegalOperation()
    {
        var request = Valid() with { RecordFormat = [new RecordFormatItem { Format = "flv" }, new RecordFormatItem { Format = "flv" }] };

        ErrorAssert.Single(Validate(request), "InvalidFormat.IllegalOperation", "RecordFormat.2.Format");
    }


    [Fact]
    public void Validate_FormatRepeatedInTranscodeRecordFormat_ReturnsInvalidFormatIllegalOperation()
    {
        var request = Valid() with
        {
            TranscodeRecordFormat = [new RecordFormatItem { Format = "mp4" }, new RecordFormatItem { Format = "flv" }, new RecordFormatItem { Format = "mp4" }],
            TranscodeTemplates = ["sd"],
        };

        ErrorAssert.Single(Validate(request), "InvalidFormat.IllegalOperation", "TranscodeRecordFormat.3.Format");
    }


    [Fact]
    public void Validate_SameFormatInSourceAndTranscodeLists_ReturnsNoErrors()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "m3u8" }], TranscodeTemplates = ["sd"] };

        ErrorAssert.None(Validate(request));
    }


    [Theory]
    [InlineData(5)]
    [InlineData(30)]
    public void Validate_SliceDurationAtBounds_ReturnsNoErrors(int value)
    {
        ErrorAssert.None(Validate(WithFormat(new RecordFormatItem { Format = "m3u8", SliceDuration = value })));
    }


    [Theory]
    [InlineData(4)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Validate_SliceDurationBelow5_ReturnsInvalidSliceDurationMalformed(int value)
    {
        ErrorAssert.Single(Validate(WithFormat(new RecordFormatItem { Format = "m3u8", SliceDuration = value })), "InvalidSliceDuration.Malformed", "RecordFormat.1.SliceDuration");
    }


    [Fact]
    public void Validate_SliceDurationAbove30_ReturnsInvalidSliceDurationMalformed()
    {
        ErrorAssert.Single(Validate(WithFormat(new RecordFormatItem { Format = "cmaf", SliceDuration = 31 })), "InvalidSliceDuration.Malformed", "RecordFormat.1.SliceDuration");
    }


    [Fact]
    public void Validate_TranscodeSliceDurationAbove30_ReturnsInvalidSliceDurationMalformed()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "m3u8", SliceDuration = 31 }], TranscodeTemplates = ["sd"] };

        ErrorAssert.Single(Validate(request), "InvalidSliceDuration.Malformed", "TranscodeRecordFormat.1.SliceDuration");
    }


    [Theory]
    [InlineData(1)]
    [InlineData(21600)]
    public void Validate_CycleDurationAtBounds_ReturnsNoErrors(int value)
    {
        ErrorAssert.None(Validate(WithFormat(new RecordFormatItem { Format = "flv", CycleDuration = value })));
    }


    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(21601)]
    public void Validate_CycleDurationOutOfRange_ReturnsInvalidCycleDurationMalformed(int value)
    {
        ErrorAssert.Single(Validate(WithFormat(new RecordFormatItem { Format = "flv", CycleDuration = value })), "InvalidCycleDuration.Malformed", "RecordFormat.1.CycleDuration");
    }


    [Fact]
    public void Validate_TenTranscodeTemplates_ReturnsNoErrors()
    {
        var templates = Enumerable.Range(1, 10).Select(i => $"t{i}").ToArray();

        ErrorAssert.None(Validate(Valid() with { TranscodeTemplates = templates }));
    }


    [Fact]
    public void Validate_ElevenTranscodeTemplates_ReturnsInvalidTemplateLengthMalformed()
    {
        var templates = Enumerable.Range(1, 11).Select(i => $"t{i}").ToArray();

        ErrorAssert.Single(Validate(Valid() with { TranscodeTemplates = templates }), "InvalidTemplateLength.Malformed", "TranscodeTemplates");
    }


    [Theory]
    [InlineData("raw")]
    [InlineData("RAW")]
    public void Validate_TemplateRaw_ReturnsInvalidTemplateForbidRaw(string template)
    {
        ErrorAssert.Single(Validate(Valid() with { TranscodeTemplates = ["sd", template] }), "InvalidTemplate.ForbidRaw", "TranscodeTemplates.2");
    }


    [Fact]
    public void Validate_EmptyTemplate_ReturnsInvalidTranscodeTemplatesMalformed()
    {
        ErrorAssert.Single(Validate(Valid() with { TranscodeTemplates = [""] }), "InvalidTranscodeTemplates.Malformed", "TranscodeTemplates.1");
    }


    [Fact]
    public void Validate_AllTranscodedStreamsWildcard_ReturnsNoErrors()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "flv" }], TranscodeTemplates = ["*****"] };

        ErrorAssert.None(Validate(request));
    }


    [Fact]
    public void Validate_TranscodeRecordFormatWithoutTemplates_ReturnsMissingTemplate()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "flv" }] };

        ErrorAssert.Single(Validate(request), "MissingTemplate", "TranscodeTemplates");
    }


    [Fact]
    public void Validate_TranscodeRecordFormatWithEmptyTemplateList_ReturnsMissingTemplate()
    {
        var request = Valid() with { TranscodeRecordFormat = [new RecordFormatItem { Format = "flv" }], TranscodeTemplates = [] };

        ErrorAssert.Single(Validate(request), "MissingTemplate", "TranscodeTemplates");
    }

}
