using System.Text.Json;

namespace LiveFunctions.Deployment.Tests.Infra;

[Collection(BicepCollection.Name)]
public sealed class MainParametersTests(BicepCompilation compilation)
{
    private static readonly string ParametersFile = Path.Combine(RepositoryPaths.Infra, "main.parameters.json");

    [Fact]
    public void ParametersFile_NamesOnlyParametersMainDeclares()
    {
        var declared = DeclaredParameters().Keys.ToHashSet(StringComparer.Ordinal);

        var unknown = GivenParameters().Where(name => !declared.Contains(name)).ToArray();

        Assert.True(unknown.Length == 0, $"main.parameters.json names parameters main.bicep does not declare: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void ParametersFile_GivesEveryParameterWithoutDefault()
    {
        var given = GivenParameters().ToHashSet(StringComparer.Ordinal);

        var missing = DeclaredParameters()
            .Where(parameter => !parameter.Value.TryGetProperty("defaultValue", out _) && !given.Contains(parameter.Key))
            .Select(parameter => parameter.Key)
            .ToArray();

        Assert.True(missing.Length == 0, $"main.parameters.json leaves out required parameters: {string.Join(", ", missing)}");
    }

    [Fact]
    public void ParametersFile_ValuesComeFromTheAzdEnvironment()
    {
        foreach (var (name, value) in GivenValues())
        {
            Assert.True(value.StartsWith("${", StringComparison.Ordinal) && value.EndsWith('}'), $"{name} = {value} is not an azd ${{VARIABLE}}.");
        }
    }

    private Dictionary<string, JsonElement> DeclaredParameters()
    {
        using var template = compilation.CompiledTemplate("infra/main.bicep");
        Assert.True(template is not null, compilation.Build.Describe());
        return template.RootElement.GetProperty("parameters").EnumerateObject()
            .ToDictionary(parameter => parameter.Name, parameter => parameter.Value.Clone(), StringComparer.Ordinal);
    }

    private static IEnumerable<string> GivenParameters() => GivenValues().Select(pair => pair.Name);

    private static IEnumerable<(string Name, string Value)> GivenValues()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(ParametersFile));
        return document.RootElement.GetProperty("parameters").EnumerateObject()
            .Select(parameter => (parameter.Name, parameter.Value.GetProperty("value").GetString() ?? string.Empty))
            .ToArray();
    }
}
