using System.Globalization;
using System.Text.RegularExpressions;

namespace LiveFunctions.Deployment.Tests.Package;

/// <summary>What build/package.sh tells its caller (azd's prepackage hook, a person, CI).</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Publish")]
public sealed partial class PackageScriptTests(PackageBuild package)
{
    [Fact]
    public void Run_Succeeded_PrintsTheZipsSizeFileCountAndFunctionCount()
    {
        var summary = Summary().Match(package.Script.StandardOutput);
        using var archive = package.OpenZip();

        Assert.True(summary.Success, "no summary line in:\n" + package.Script.Describe());
        Assert.Equal(package.ZipPath, summary.Groups["zip"].Value);
        Assert.Equal(new FileInfo(package.ZipPath).Length, long.Parse(summary.Groups["bytes"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(archive.Entries.Count, int.Parse(summary.Groups["files"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(package.DeclaredFunctions.Count, int.Parse(summary.Groups["functions"].Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Run_Succeeded_LeavesNoPartialZipBehind()
    {
        Assert.False(File.Exists(package.ZipPath + ".partial"));
    }

    [GeneratedRegex(@"^(?<zip>\S+livefunctions\.zip): (?<bytes>\d+) bytes \([\d.]+ MiB\), (?<files>\d+) files, (?<functions>\d+) functions$", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
