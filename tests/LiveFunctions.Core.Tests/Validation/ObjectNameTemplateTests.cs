using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Validation;

public sealed class ObjectNameTemplateTests
{
    private static readonly string[] Allowed = ["AppName", "StreamName", "Sequence"];

    [Fact]
    public void Variables_Template_ListsThemInOrder()
    {
        Assert.Equal(
            ["AppName", "StreamName", "Sequence", "EscapedStartTime"],
            ObjectNameTemplate.Variables("record/{AppName}/{StreamName}/{Sequence}_{EscapedStartTime}"));
    }

    [Fact]
    public void Variables_NoPlaceholders_IsEmpty()
    {
        Assert.Equal([], ObjectNameTemplate.Variables("snapshot/latest.jpg"));
    }

    [Theory]
    [InlineData("record/{AppName")]
    [InlineData("record/AppName}")]
    [InlineData("record/{App{Name}}")]
    [InlineData("record/{}")]
    public void Variables_MalformedBraces_IsNull(string value)
    {
        Assert.Null(ObjectNameTemplate.Variables(value));
    }

    [Fact]
    public void Problem_AllowedVariablesUnder256Bytes_IsNull()
    {
        Assert.Null(ObjectNameTemplate.Problem("record/{AppName}/{StreamName}/{Sequence}", Allowed));
    }

    [Fact]
    public void Problem_VariableNotAllowed_NamesIt()
    {
        var problem = ObjectNameTemplate.Problem("record/{AppName}/{Date}", Allowed);

        Assert.NotNull(problem);
        Assert.Contains("{Date}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_VariableInAnotherCase_IsNotAllowed()
    {
        Assert.NotNull(ObjectNameTemplate.Problem("record/{appname}", Allowed));
    }

    [Fact]
    public void Problem_MalformedBraces_IsReported()
    {
        Assert.NotNull(ObjectNameTemplate.Problem("record/{AppName", Allowed));
    }

    [Fact]
    public void Problem_LengthIsCountedInUtf8Bytes()
    {
        Assert.Null(ObjectNameTemplate.Problem(new string('a', 255), Allowed));
        Assert.NotNull(ObjectNameTemplate.Problem(new string('a', 256), Allowed));
        Assert.Null(ObjectNameTemplate.Problem(new string('录', 85), Allowed));
        Assert.NotNull(ObjectNameTemplate.Problem(new string('录', 86), Allowed));
    }

    [Theory]
    [InlineData("/record/{AppName}")]
    [InlineData("\\record\\{AppName}")]
    public void Problem_LeadingSlashOrBackslash_IsReported(string value)
    {
        var problem = ObjectNameTemplate.Problem(value, Allowed);

        Assert.NotNull(problem);
        Assert.Contains("must not start with", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_Variable_IsCaseSensitive()
    {
        Assert.True(ObjectNameTemplate.Uses("a/{Sequence}.jpg", "Sequence"));
        Assert.False(ObjectNameTemplate.Uses("a/{sequence}.jpg", "Sequence"));
        Assert.False(ObjectNameTemplate.Uses("a/Sequence.jpg", "Sequence"));
    }
}
