using System.Text.Json.Nodes;
using System.Xml.Linq;
using LiveFunctions.Emulator.Protocol.Pipeline;

namespace LiveFunctions.Emulator.Tests.Protocol.Pipeline;

public sealed class AnswerWriterTests
{
    [Fact]
    public void ToXml_DoubleWrappedList_BecomesRepeatedElements()
    {
        var body = new JsonObject
        {
            ["RequestId"] = "ID",
            ["TotalNum"] = 2,
            ["RecordFormatList"] = new JsonObject { ["RecordFormat"] = new JsonArray(new JsonObject { ["Format"] = "m3u8" }, new JsonObject { ["Format"] = "flv" }) },
        };

        var root = XDocument.Parse(AnswerWriter.ToXml("DescribeResponse", body)).Root!;

        Assert.Equal("DescribeResponse", root.Name.LocalName);
        Assert.Equal("2", root.Element("TotalNum")!.Value);
        Assert.Equal(["m3u8", "flv"], root.Element("RecordFormatList")!.Elements("RecordFormat").Select(e => e.Element("Format")!.Value));
    }

    [Fact]
    public void ToXml_Declaration_SaysUtf8()
    {
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", AnswerWriter.ToXml("Error", new JsonObject { ["Code"] = "X" }), StringComparison.Ordinal);
    }
}
