namespace LiveFunctions.Deployment.Tests;

public sealed class AzureYamlTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "azure.yaml"));

    [Fact]
    public void ApiService_DeploysThePackagedZipToTheFunctionHost()
    {
        var api = ServiceBlock("api");

        Assert.Contains("host: function", api);
        Assert.Contains("language: custom", api);
        Assert.Contains("dist: artifacts/package/livefunctions.zip", api);
        Assert.Contains("remoteBuild: false", api);
    }

    [Fact]
    public void ApiService_PrepackageHook_RunsThePackageScript()
    {
        var api = ServiceBlock("api");

        Assert.Contains("prepackage:", api);
        Assert.Contains("run: ./build/package.sh", api);
    }

    // The trimmed lines of one service under services: (indented two spaces), up to the next line that is indented
    // two spaces or less: the next service or the next top-level key.
    private static string[] ServiceBlock(string service)
    {
        var services = Array.IndexOf(Lines, "services:");
        var start = Array.FindIndex(Lines, line => line.TrimEnd() == $"  {service}:");
        Assert.True(services >= 0 && start > services, $"azure.yaml has no service '{service}' under services:.");

        var end = Array.FindIndex(Lines, start + 1, line => line.Trim().Length > 0 && !line.StartsWith("   ", StringComparison.Ordinal));
        return Lines[(start + 1)..(end < 0 ? Lines.Length : end)]
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToArray();
    }
}
