using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.Core.Tests.OpenApi;

public sealed class WireParametersTests
{
    private static string Json(JsonObject value) => Assert.Single(new WireParameters().AddJson("X", value).ToList()).Value;

    [Fact]
    public void AddJson_AmpersandPlusAndChineseText_AreWrittenAsTheyAre()
    {
        var value = new JsonObject
        {
            ["InputUrl"] = "rtmp://mydomain/app/直播?auth_key=1700000000-0-0-ab+cd&token=x",
            ["Name"] = "转码 <任务> 'one'",
        };

        Assert.Equal("""{"InputUrl":"rtmp://mydomain/app/直播?auth_key=1700000000-0-0-ab+cd&token=x","Name":"转码 <任务> 'one'"}""", Json(value));
    }

    [Fact]
    public void AddJson_QuoteBackslashAndControlCharacters_AreEscapedAsTheSdkEscapesThem()
    {
        var value = new JsonObject { ["V"] = "a\"b\\c\b\f\n\r\t\u0001\u001f\u0085\u2028\u2029/" };

        Assert.Equal("""{"V":"a\"b\\c\b\f\n\r\t\u0001\u001f\u0085\u2028\u2029/"}""", Json(value));
    }

    [Fact]
    public void AddJson_CharacterOutsideTheBasicPlane_IsNotSplitIntoEscapes()
    {
        Assert.Equal("""{"Name":"𠀀 🎥"}""", Json(new JsonObject { ["Name"] = "𠀀 🎥" }));
    }

    [Fact]
    public void AddJson_KeysThatNeedEscaping_AreEscapedLikeValues()
    {
        Assert.Equal("""{"a\"b":"&"}""", Json(new JsonObject { ["a\"b"] = "&" }));
    }

    [Fact]
    public void AddJson_NestedValues_AreCompactInMemberOrderWithNullMembersDropped()
    {
        var value = new JsonObject
        {
            ["Z"] = 2,
            ["Gone"] = null,
            ["A"] = new JsonObject { ["On"] = true, ["Off"] = false, ["Ratio"] = 1.5 },
            ["List"] = new JsonArray("x", 3, null),
        };

        Assert.Equal("""{"Z":2,"A":{"On":true,"Off":false,"Ratio":1.5},"List":["x",3,null]}""", Json(value));
    }

    [Fact]
    public void AddJson_StringParsedFromJson_IsWrittenWithoutDefaultEscaping()
    {
        var parsed = JsonNode.Parse("""{"InputUrl":"rtmp://h/a/s?x=1\u0026y=2+3"}""")!.AsObject();

        Assert.Equal("""{"InputUrl":"rtmp://h/a/s?x=1&y=2+3"}""", Json(parsed));
    }

    [Fact]
    public void AddJson_Output_ReadsBackToTheSameStrings()
    {
        const string tricky = "直播 & + < > ' \" \\ \n \u2028 🎥 \u007f";

        var text = Json(new JsonObject { [tricky] = tricky });

        using var document = JsonDocument.Parse(text);
        var member = Assert.Single(document.RootElement.EnumerateObject());
        Assert.Equal(tricky, member.Name);
        Assert.Equal(tricky, member.Value.GetString());
    }

    [Fact]
    public void AddJson_NullObject_AddsNothing()
    {
        Assert.Empty(new WireParameters().AddJson("X", null).ToList());
    }

    [Fact]
    public void Add_EmptyString_IsSentAsEmptyButAddTextLeavesItOut()
    {
        var parameters = new WireParameters()
            .Add("Kept", string.Empty)
            .Add("Null", (string?)null)
            .AddText("Empty", string.Empty)
            .AddText("Absent", null)
            .AddText("Given", "v")
            .ToList();

        Assert.Equal([new("Kept", string.Empty), new("Given", "v")], parameters);
    }

    [Fact]
    public void AddObjectList_EmptyFieldAndNullItem_AreLeftOutButKeepTheIndex()
    {
        (string, string?)[] Fields(string[] item) => [("Format", item[0]), ("Prefix", item[1])];

        var parameters = new WireParameters()
            .AddObjectList<string[]>("RecordFormat", [["m3u8", ""], null, ["flv", "p"]], Fields)
            .ToList();

        Assert.Equal(
            [new("RecordFormat.1.Format", "m3u8"), new("RecordFormat.3.Format", "flv"), new("RecordFormat.3.Prefix", "p")],
            parameters);
    }

    [Fact]
    public void AddList_NullItem_KeepsItsIndex()
    {
        var parameters = new WireParameters().AddList("TranscodeTemplates", ["sd", null, "hd"]).ToList();

        Assert.Equal([new("TranscodeTemplates.1", "sd"), new("TranscodeTemplates.3", "hd")], parameters);
    }
}
