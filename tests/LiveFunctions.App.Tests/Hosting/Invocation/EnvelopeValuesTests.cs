using System.Text.Json;
using LiveFunctions.App.Hosting.Invocation;

namespace LiveFunctions.App.Tests.Hosting.Invocation;

public sealed class EnvelopeValuesTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("\"\\\"abc\\\"\"", "abc")]
    [InlineData("\"{\\\"a\\\":1}\"", "{\"a\":1}")]
    [InlineData("\"\\\"{\\\\\\\"a\\\\\\\":1}\\\"\"", "{\"a\":1}")]
    [InlineData("{\"a\":1}", "{\"a\":1}")]
    [InlineData("12", "12")]
    [InlineData("\"\\\"\"", "\"")]
    public void ReadText_SingleOrDoubleEncoded_DecodesToTheText(string json, string expected)
    {
        Assert.Equal(expected, EnvelopeValues.ReadText(Json(json)));
    }

    [Fact]
    public void ReadText_NullOrMissing_ReturnsNull()
    {
        Assert.Null(EnvelopeValues.ReadText(Json("null")));
        Assert.Null(EnvelopeValues.ReadText(default));
    }

    [Theory]
    [InlineData("1", 1L)]
    [InlineData("\"1\"", 1L)]
    [InlineData("\"\\\"5\\\"\"", 5L)]
    [InlineData("\"x\"", null)]
    [InlineData("1.5", null)]
    public void ReadInt64_NumberOrString_Parses(string json, long? expected)
    {
        Assert.Equal(expected, EnvelopeValues.ReadInt64(Json(json)));
    }

    [Theory]
    [InlineData("\"2026-01-01T10:00:00+00:00\"")]
    [InlineData("\"2026-01-01T18:00:00+08:00\"")]
    [InlineData("\"2026-01-01T10:00:00Z\"")]
    [InlineData("\"2026-01-01T10:00:00\"")]
    [InlineData("\"\\\"2026-01-01T10:00:00Z\\\"\"")]
    public void ReadTime_IsoForms_GiveTheSameUtcInstant(string json)
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero), EnvelopeValues.ReadTime(Json(json)));
    }

    [Theory]
    [InlineData("{}", true)]
    [InlineData("\"{}\"", true)]
    [InlineData("\"{\\\"x\\\":\\\"1\\\"}\"", true)]
    [InlineData("\"\"", false)]
    [InlineData("null", false)]
    [InlineData("\"{broken\"", false)]
    public void ReadObject_ObjectOrStringOfObject_ReturnsTheObject(string json, bool expected)
    {
        Assert.Equal(expected, EnvelopeValues.ReadObject(Json(json)) is { ValueKind: JsonValueKind.Object });
    }

    [Fact]
    public void Member_DifferentCase_IsFound()
    {
        Assert.Equal(3, EnvelopeValues.Member(Json("""{"dequeuecount":3}"""), "DequeueCount").GetInt32());
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("\"false\"", false)]
    [InlineData("null", true)]
    public void ReadBoolean_BooleanOrString_Parses(string json, bool expected)
    {
        Assert.Equal(expected, EnvelopeValues.ReadBoolean(Json(json), fallback: true));
    }
}
