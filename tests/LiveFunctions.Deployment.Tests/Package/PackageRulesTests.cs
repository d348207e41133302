namespace LiveFunctions.Deployment.Tests.Package;

/// <summary>The package rules against small in-memory zips: each broken package is reported, and only for what is broken.</summary>
public sealed class PackageRulesTests
{
    [Fact]
    public void Check_ValidPackage_FindsNothing()
    {
        Assert.Empty(TestPackage.Valid().Check());
    }

    [Fact]
    public void Check_ExecutableWithoutExecuteBits_IsReported()
    {
        var problems = TestPackage.Valid().Replacing("App", "\u007fELF", TestPackage.Regular).Check();

        Assert.StartsWith("App: mode 644 lacks execute bits", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ExecutableExecutableByItsOwnerOnly_IsReported()
    {
        var problems = TestPackage.Valid().Replacing("App", "\u007fELF", Convert.ToInt32("744", 8)).Check();

        Assert.StartsWith("App: mode 744 lacks execute bits", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ZipWithoutUnixModes_ReportsTheExecutable()
    {
        // A zip made on Windows stores DOS attributes only (0x20: archive); extracted on Linux, nothing is executable.
        var problems = TestPackage.Valid().Without("App").WithAttributes("App", "\u007fELF", 0x20).Check();

        Assert.StartsWith("App: the zip stores no Unix mode", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoHostJsonAtTheRoot_IsReported()
    {
        var problems = TestPackage.Valid().Without("host.json").With("site/host.json", "{}").Check();

        Assert.Equal(["host.json is not at the root of the zip."], problems);
    }

    [Fact]
    public void Check_HostJsonWithoutAnExecutablePath_IsReported()
    {
        var problems = TestPackage.Valid().Replacing("host.json", """{"version":"2.0"}""").Check();

        Assert.Equal(["host.json has no customHandler.description.defaultExecutablePath."], problems);
    }

    [Fact]
    public void Check_HostJsonNamingAnExecutableNotInTheZip_IsReported()
    {
        var problems = TestPackage.Valid().Without("App").Check();

        Assert.Equal(["host.json names the executable 'App', which is not in the zip."], problems);
    }

    [Fact]
    public void Check_HostJsonThatIsNotJson_IsReported()
    {
        var problems = TestPackage.Valid().Replacing("host.json", "{ version: 2").Check();

        Assert.Contains(problems, p => p.StartsWith("host.json: not valid JSON", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("App.pdb")]
    [InlineData("LiveFunctions.Core.pdb")]
    [InlineData("App.xml")]
    [InlineData("appsettings.Development.json")]
    [InlineData("local.settings.json")]
    [InlineData("web.config")]
    [InlineData("App.staticwebassets.endpoints.json")]
    [InlineData("tests/AppTests.dll")]
    [InlineData("fr/Lib.resources.dll")]
    public void Check_FileTheHostDoesNotNeed_IsReported(string path)
    {
        var problems = TestPackage.Valid().With(path, "x").Check();

        Assert.StartsWith(path + ": neither host.json, a function's function.json nor a runtime file", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherFileInAFunctionFolder_IsReported()
    {
        var problems = TestPackage.Valid().With("tick/run.sh", "echo").Check();

        Assert.Equal(["tick/run.sh: a function folder holds only its function.json."], problems);
    }

    [Fact]
    public void Check_FunctionJsonThatIsNotJson_IsReported()
    {
        var problems = TestPackage.Valid().Replacing("tick/function.json", """{"bindings": [""").Check();

        Assert.StartsWith("tick/function.json: not valid JSON", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"bindings":[]}""", 0)]
    [InlineData("""{"bindings":[{"type":"queue","direction":"out","name":"o","queueName":"q"}]}""", 0)]
    [InlineData("""{"bindings":[{"type":"timerTrigger","name":"a"},{"type":"queueTrigger","name":"b"}]}""", 2)]
    public void Check_FunctionJsonWithoutExactlyOneTrigger_IsReported(string json, int triggers)
    {
        var declared = TestPackage.Declared();
        declared["tick"] = System.Text.Json.Nodes.JsonNode.Parse(json)!;

        var problems = TestPackage.Valid().Replacing("tick/function.json", json).Check(declared);

        Assert.Equal([$"tick/function.json: needs a bindings array with exactly one trigger (has {triggers})."], problems);
    }

    [Fact]
    public void Check_FolderForAFunctionTheAppDoesNotDeclare_IsReported()
    {
        var problems = TestPackage.Valid().With("retired/function.json", TestPackage.TickJson).Check();

        Assert.Equal(["retired/function.json: the app declares no function 'retired'."], problems);
    }

    [Fact]
    public void Check_DeclaredFunctionWithoutAFolder_IsReported()
    {
        var problems = TestPackage.Valid().Without("probe/function.json").Check();

        Assert.Equal(["probe/function.json: the app declares the function 'probe' but the zip has no folder for it."], problems);
    }

    [Fact]
    public void Check_FunctionJsonThatDiffersFromTheDeclaration_IsReported()
    {
        var stale = TestPackage.ProbeJson.Replace("\"route\":\"probe\"", "\"route\":\"probe/{id}\"", StringComparison.Ordinal);

        var problems = TestPackage.Valid().Replacing("probe/function.json", stale).Check();

        Assert.StartsWith("probe/function.json: differs from the app's declaration.", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FunctionJsonWithTheSameContentFormattedDifferently_IsAccepted()
    {
        var indented = System.Text.Json.Nodes.JsonNode.Parse(TestPackage.TickJson)!.ToJsonString(new() { WriteIndented = true });

        Assert.Empty(TestPackage.Valid().Replacing("tick/function.json", indented).Check());
    }

    [Theory]
    [InlineData("libcoreclr.so")]
    [InlineData("Lib.dll")]
    [InlineData("de/Lib.resources.dll")]
    public void Check_RuntimeFileTheDepsJsonListsButTheZipLacks_IsReported(string path)
    {
        var problems = TestPackage.Valid().Without(path).Check();

        Assert.Equal([$"{path}: App.deps.json lists it but the zip does not have it."], problems);
    }

    [Fact]
    public void Check_NoRuntimeConfig_IsReported()
    {
        var problems = TestPackage.Valid().Without("App.runtimeconfig.json").Check();

        Assert.Equal(["App.runtimeconfig.json is missing: the executable cannot start without it."], problems);
    }

    [Fact]
    public void Check_EmptyFolderEntry_IsReported()
    {
        var problems = TestPackage.Valid().WithAttributes("logs/", string.Empty, 0x41ED << 16).Check();

        Assert.Equal(["logs/: an empty folder."], problems);
    }

    [Fact]
    public void Check_SameEntryTwice_IsReported()
    {
        var problems = TestPackage.Valid().With("appsettings.json", "{}").Check();

        Assert.Equal(["appsettings.json: in the zip more than once."], problems);
    }

    [Fact]
    public void Check_EntryWithBackslashes_IsReported()
    {
        var problems = TestPackage.Valid().Without("tick/function.json").With("tick\\function.json", TestPackage.TickJson).Check();

        Assert.Contains(@"tick\function.json: not a relative path with '/' separators.", problems);
    }
}
