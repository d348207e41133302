using System.Text;
using LiveFunctions.Core.Callbacks.Parsing;

namespace LiveFunctions.Core.Tests.Callbacks.Parsing;

public sealed class SnapshotCallbackParserTests
{
    private static readonly DateTimeOffset DocTime = DateTimeOffset.FromUnixTimeSeconds(1519375990);

    private static SnapshotParseResult Parse(string body) => SnapshotCallbackParser.Parse(Encoding.UTF8.GetBytes(body));

    private static SnapshotEvent Understood(string body)
    {
        var result = Parse(body);
        Assert.True(result.Understood, result.Problem);
        Assert.Null(result.Problem);
        return result.Event!;
    }

    private static string NotUnderstood(string body)
    {
        var result = Parse(body);
        Assert.False(result.Understood);
        Assert.Null(result.Event);
        return Assert.IsType<string>(result.Problem);
    }

    [Fact]
    public void Parse_SpecHypothesisBody_ReadsEveryField()
    {
        var snapshot = Understood("""
            { "event": "live_snapshot", "domain": "example.com", "app": "liveApp", "stream": "liveStream",
              "OssEndpoint": "oss-cn-shanghai.aliyuncs.com", "OssBucket": "liveBucket",
              "OssObject": "snapshot/liveApp/liveStream/1519375990.jpg", "time": 1519375990 }
            """);

        Assert.Equal(
            new SnapshotEvent("example.com", "liveApp", "liveStream", DocTime, "oss-cn-shanghai.aliyuncs.com", "liveBucket",
                "snapshot/liveApp/liveStream/1519375990.jpg", "live_snapshot"),
            snapshot);
    }

    [Fact]
    public void Parse_LowerCaseAndSnakeCaseKeys_AreTheSameFields()
    {
        var snapshot = Understood("""
            {"domain":"example.com","app":"liveApp","stream":"liveStream","ossendpoint":"oss-cn-shanghai.aliyuncs.com",
             "oss_bucket":"liveBucket","ossobject":"a.jpg","create_time":1519375990}
            """);

        Assert.Equal("oss-cn-shanghai.aliyuncs.com", snapshot.OssEndpoint);
        Assert.Equal("liveBucket", snapshot.OssBucket);
        Assert.Equal("a.jpg", snapshot.OssObject);
        Assert.Equal(DocTime, snapshot.SnapshotTime);
        Assert.Null(snapshot.EventName);
    }

    [Fact]
    public void Parse_ApiStyleNames_AreAliases()
    {
        var snapshot = Understood("""
            {"DomainName":"example.com","AppName":"liveApp","StreamName":"liveStream","ossEndpoint":"e","OssBucket":"b",
             "object":"o.jpg","CreateTime":"2018-02-23T08:53:10Z"}
            """);

        Assert.Equal(("example.com", "liveApp", "liveStream", "o.jpg"), (snapshot.DomainName, snapshot.AppName, snapshot.StreamName, snapshot.OssObject));
        Assert.Equal(DocTime, snapshot.SnapshotTime);
    }

    [Fact]
    public void Parse_UriAndTimestamp_AreAliasesOfObjectAndTime()
    {
        var snapshot = Understood("""{"domain":"d.com","app":"a","stream":"s","uri":"a/s/1.jpg","timestamp":"1519375990"}""");

        Assert.Equal("a/s/1.jpg", snapshot.OssObject);
        Assert.Equal(DocTime, snapshot.SnapshotTime);
    }

    [Theory]
    [InlineData("1519375990123")]
    [InlineData("\"1519375990123\"")]
    [InlineData("1519375990.123")]
    [InlineData("\"2018-02-23T08:53:10.123Z\"")]
    [InlineData("\"2018-02-23T16:53:10.123+08:00\"")]
    [InlineData("\"2018-02-23T08:53:10.1234567Z\"")]
    public void Parse_TimeForms_GiveTheSameInstantToTheMillisecond(string time)
    {
        var snapshot = Understood($$"""{"domain":"d.com","app":"a","stream":"s","time":{{time}}}""");

        Assert.Equal(DocTime.AddMilliseconds(123), snapshot.SnapshotTime);
        Assert.Equal(TimeSpan.Zero, snapshot.SnapshotTime.Offset);
    }

    [Fact]
    public void Parse_TimeWithoutOffset_IsTakenAsUtc()
    {
        var snapshot = Understood("""{"domain":"d.com","app":"a","stream":"s","time":"2018-02-23 08:53:10"}""");

        Assert.Equal(DocTime, snapshot.SnapshotTime);
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("5")]
    [InlineData("-1519375990")]
    [InlineData("true")]
    [InlineData("\"1999-12-31T23:59:59Z\"")]
    [InlineData("7258118400")]
    public void Parse_UnusableOrImplausibleTime_IsNotUnderstood(string time)
    {
        var problem = NotUnderstood($$"""{"domain":"d.com","app":"a","stream":"s","time":{{time}}}""");

        Assert.Contains("'time'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CommentsTrailingCommasAndBom_AreTolerated()
    {
        var body = "\uFEFF{ /* from Live */ \"domain\":\"d.com\", \"app\":\"a\", \"stream\":\"s\", \"time\":1519375990, }";

        Assert.Equal("d.com", Understood(body).DomainName);
    }

    [Fact]
    public void Parse_NumericStreamName_IsReadAsText()
    {
        Assert.Equal("12345", Understood("""{"domain":"d.com","app":"a","stream":12345,"time":1519375990}""").StreamName);
    }

    [Fact]
    public void Parse_UnknownKeys_AreIgnored()
    {
        Assert.Equal("s", Understood("""{"domain":"d.com","app":"a","stream":"s","time":1519375990,"width":1280,"extra":{"x":1}}""").StreamName);
    }

    [Fact]
    public void Parse_SameValueUnderTwoAliases_IsUnderstood()
    {
        Assert.Equal("d.com", Understood("""{"domain":"d.com","DomainName":"d.com","app":"a","stream":"s","time":1519375990,"CreateTime":"2018-02-23T08:53:10Z"}""").DomainName);
    }

    [Theory]
    [InlineData("""{"domain":"d.com","DomainName":"e.com","app":"a","stream":"s","time":1519375990}""")]
    [InlineData("""{"domain":"d.com","app":"a","stream":"s","time":1519375990,"timestamp":1519375991}""")]
    public void Parse_DifferentValuesUnderTwoAliases_IsNotUnderstood(string body)
    {
        Assert.Contains("give different", NotUnderstood(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all", "not JSON")]
    [InlineData("", "not JSON")]
    [InlineData("[1,2]", "Array")]
    [InlineData("\"text\"", "String")]
    [InlineData("""{"domain":"d.com","app":"a","time":1519375990}""", "stream")]
    [InlineData("""{"app":"a","stream":"s","time":1519375990}""", "domain")]
    [InlineData("""{"domain":"d.com","app":"a","stream":"s"}""", "time")]
    [InlineData("""{"domain":"  ","app":"a","stream":"s","time":1519375990}""", "domain")]
    [InlineData("""{"domain":{"name":"d.com"},"app":"a","stream":"s","time":1519375990}""", "Object")]
    [InlineData("""{"event":"record_started","domain":"d.com","app":"a","stream":"s","time":1519375990}""", "not a snapshot event")]
    [InlineData("""{"domain":"d.com\u0001","app":"a","stream":"s","time":1519375990}""", "control characters")]
    public void Parse_BodyThatCannotBeUnderstood_SaysWhy(string body, string problemPart)
    {
        Assert.Contains(problemPart, NotUnderstood(body), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsNotUnderstood()
    {
        var result = SnapshotCallbackParser.Parse(new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}' });

        Assert.False(result.Understood);
    }

    [Fact]
    public void Parse_FieldLongerThanTheLimit_IsNotUnderstood()
    {
        var longObject = new string('o', SnapshotCallbackParser.MaxFieldLength + 1);

        var problem = NotUnderstood($$"""{"domain":"d.com","app":"a","stream":"s","time":1519375990,"OssObject":"{{longObject}}"}""");

        Assert.Contains("longer than", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VeryLongKeyName_IsShortenedInTheProblem()
    {
        var key = "domain" + new string('_', 10_000);

        var problem = NotUnderstood($$"""{"{{key}}":{"x":1},"app":"a","stream":"s","time":1519375990}""");

        Assert.True(problem.Length < 200, problem);
    }
}
