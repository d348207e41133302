using LiveFunctions.App.Functions.Http;
using LiveFunctions.Core.OpenApi;
using LiveFunctions.Core.Validation;

namespace LiveFunctions.App.Tests.Functions.Http;

public sealed class DryRunQueryTests
{
    private static (InputError? Error, bool DryRun) Read(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        var error = DryRunQuery.TryRead(context.Request, out var dryRun);
        return (error, dryRun);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("?dryRun=true", true)]
    [InlineData("?dryRun=True", true)]
    [InlineData("?dryRun=false", false)]
    [InlineData("?dryRun=FALSE", false)]
    [InlineData("?dryRun", true)]
    [InlineData("?dryRun=", true)]
    [InlineData("?code=key&dryRun=true", true)]
    public void TryRead_ValidForms_Read(string query, bool expected)
    {
        var (error, dryRun) = Read(query);

        Assert.Null(error);
        Assert.Equal(expected, dryRun);
    }

    [Theory]
    [InlineData("?dryRun=yes")]
    [InlineData("?dryRun=1")]
    [InlineData("?dryRun=true&dryRun=true")]
    public void TryRead_OtherValues_RefusedRatherThanSent(string query)
    {
        var (error, _) = Read(query);

        Assert.Equal(HttpFunctionCodes.InvalidType, error!.Code);
        Assert.Contains("dryRun", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ValidPreview_DryRunWithOrderedParameters()
    {
        var preview = new OpenApiPreview(AlibabaProduct.Live, "UpdateLiveAppSnapshotConfig", [], [new("DomainName", "d"), new("AppName", "a"), new("TimeInterval", "5")]);

        var answer = DryRunQuery.Answer(preview);

        Assert.Equal(200, answer.StatusCode);
        var body = Assert.IsType<DryRunAnswer>(answer.Body);
        Assert.True(body.DryRun);
        Assert.Equal("UpdateLiveAppSnapshotConfig", body.Action);
        Assert.Equal(["DomainName", "AppName", "TimeInterval"], body.Parameters.Keys);
        Assert.Null(body.Fallback);
    }

    [Fact]
    public void Answer_BrokenRules_SameAnswerAsTheRealCall()
    {
        ValidationError[] errors = [new("InvalidTimeInterval.Malformed", "TimeInterval is out of range.", "TimeInterval"), new("MissingAppName", "AppName is mandatory for this action.", "AppName")];
        var preview = new OpenApiPreview(AlibabaProduct.Live, "UpdateLiveAppSnapshotConfig", errors, []);
        var thrown = new AlibabaApiException(400, errors[0].Code, "not sent", wasSent: false, validationErrors: errors);

        var dryRun = DryRunQuery.Answer(preview);
        var real = ServiceErrorMapping.ToAnswer(thrown, "UpdateLiveAppSnapshotConfig");

        Assert.Equal(400, dryRun.StatusCode);
        Assert.Equal(real.StatusCode, dryRun.StatusCode);
        var dryBody = Assert.IsType<ErrorBody>(dryRun.Body);
        var realBody = Assert.IsType<ErrorBody>(real.Body);
        Assert.Equal("InvalidTimeInterval.Malformed", dryBody.Code);
        Assert.Equal(realBody.Code, dryBody.Code);
        Assert.Equal(realBody.Message, dryBody.Message);
        Assert.Equal("UpdateLiveAppSnapshotConfig was not sent; 2 rules are broken: TimeInterval is out of range. AppName is mandatory for this action.", dryBody.Message);
    }
}
