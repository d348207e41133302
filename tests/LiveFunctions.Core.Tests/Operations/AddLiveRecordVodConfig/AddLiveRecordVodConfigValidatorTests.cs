using LiveFunctions.Core.Operations.AddLiveRecordVodConfig;
using LiveFunctions.Core.Tests.Validation;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Operations.AddLiveRecordVodConfig;

public sealed class AddLiveRecordVodConfigValidatorTests
{
    private static AddLiveRecordVodConfigRequest Valid() => new()
    {
        DomainName = "example.com",
        AppName = "liveApp",
        VodTranscodeGroupId = "e2d796d3bb5fd8049d32bff62f94****",
    };

    private static IReadOnlyList<ValidationError> Validate(AddLiveRecordVodConfigRequest request) =>
        AddLiveRecordVodConfigOperation.Instance.Validate(request, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Validate_RequiredParametersOnly_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(Valid()));
    }

    [Fact]
    public void Validate_EveryParameterValid_ReturnsNoErrors()
    {
        var request = Valid() with
        {
            RegionId = "cn-shanghai",
            StreamName = "stream",
            CycleDuration = 300,
            AutoCompose = "ON",
            StorageLocation = "****-tjptr2vatm.oss-cn-shanghai.aliyuncs.com",
            ComposeVodTranscodeGroupId = "a1b2c3",
            OnDemand = 0,
        };

        ErrorAssert.None(Validate(request));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_DomainNameMissing_ReturnsMissingDomainName(string? value)
    {
        ErrorAssert.Single(Validate(Valid() with { DomainName = value }), "MissingDomainName", "DomainName");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_AppNameMissing_ReturnsMissingAppName(string? value)
    {
        ErrorAssert.Single(Validate(Valid() with { AppName = value }), "MissingAppName", "AppName");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_VodTranscodeGroupIdMissing_ReturnsMissingVodTranscodeGroupId(string? value)
    {
        ErrorAssert.Single(Validate(Valid() with { VodTranscodeGroupId = value }), "MissingVodTranscodeGroupId", "VodTranscodeGroupId");
    }

    [Theory]
    [InlineData(300)]
    [InlineData(21600)]
    public void Validate_CycleDurationAtBounds_ReturnsNoErrors(int value)
    {
        ErrorAssert.None(Validate(Valid() with { CycleDuration = value }));
    }

    [Theory]
    [InlineData(299)]
    [InlineData(21601)]
    public void Validate_CycleDurationOutOfRange_ReturnsInvalidCycleDurationMalformed(int value)
    {
        ErrorAssert.Single(Validate(Valid() with { CycleDuration = value }), "InvalidCycleDuration.Malformed", "CycleDuration");
    }

    [Theory]
    [InlineData("on")]
    [InlineData("yes")]
    [InlineData("true")]
    public void Validate_AutoComposeNotOnOrOff_ReturnsInvalidAutoComposeMalformed(string value)
    {
        ErrorAssert.Single(Validate(Valid() with { AutoCompose = value, ComposeVodTranscodeGroupId = "a1b2c3" }), "InvalidAutoCompose.Malformed", "AutoCompose");
    }

    [Fact]
    public void Validate_AutoComposeOnWithoutComposeGroup_ReturnsInvalidAutoComposeAndComposeVodTranscodeGroupIdMalformed()
    {
        ErrorAssert.Single(
            Validate(Valid() with { AutoCompose = "ON" }),
            "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
            "ComposeVodTranscodeGroupId");
    }

    [Theory]
    [InlineData("OFF")]
    [InlineData(null)]
    public void Validate_ComposeGroupWithoutAutoComposeOn_ReturnsInvalidAutoComposeAndComposeVodTranscodeGroupIdMalformed(string? autoCompose)
    {
        ErrorAssert.Single(
            Validate(Valid() with { AutoCompose = autoCompose, ComposeVodTranscodeGroupId = "a1b2c3" }),
            "InvalidAutoComposeAndComposeVodTranscodeGroupId.Malformed",
            "ComposeVodTranscodeGroupId");
    }

    [Fact]
    public void Validate_AutoComposeOffWithoutComposeGroup_ReturnsNoErrors()
    {
        ErrorAssert.None(Validate(Valid() with { AutoCompose = "OFF" }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Validate_ListedOnDemand_ReturnsNoErrors(int value)
    {
        ErrorAssert.None(Validate(Valid() with { OnDemand = value }));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(-1)]
    public void Validate_OnDemandNotZeroOrOne_ReturnsInvalidOnDemandMalformed(int value)
    {
        ErrorAssert.Single(Validate(Valid() with { OnDemand = value }), "InvalidOnDemand.Malformed", "OnDemand");
    }
}
