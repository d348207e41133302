using System.IO.Compression;

namespace LiveFunctions.Deployment.Tests.Package;

/// <summary>The zip that build/package.sh produces, opened with System.IO.Compression.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Publish")]
public sealed class PackageLayoutTests(PackageBuild package)
{
    [Fact]
    public void Zip_ComparedWithTheAppsDeclarations_HasNoLayoutProblems()
    {
        using var archive = package.OpenZip();

        var problems = PackageRules.Check(archive, package.DeclaredFunctions);

        Assert.True(problems.Count == 0, "The package breaks its rules:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Zip_HostJson_IsTheRepositoryHostJsonAtTheRoot()
    {
        using var archive = package.OpenZip();
        var entry = archive.GetEntry(PackageRules.HostJson);

        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open());
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "host.json")), reader.ReadToEnd());
    }

    [Fact]
    public void Zip_Executable_IsStoredAsARegularFileWithMode755()
    {
        using var archive = package.OpenZip();
        var entry = archive.GetEntry("LiveFunctions.App");

        Assert.NotNull(entry);
        Assert.True(PackageRules.IsUnixRegularFile(entry), $"external attributes 0x{entry.ExternalAttributes:x8} hold no Unix st_mode");
        Assert.Equal("755", Convert.ToString((int)PackageRules.Permissions(entry), 8));
    }

    [Fact]
    public void Zip_OtherFiles_AreNotExecutableExceptTheRuntimesCreatedump()
    {
        using var archive = package.OpenZip();

        var executables = archive.Entries
            .Where(e => (PackageRules.Permissions(e) & UnixFileMode.UserExecute) != 0)
            .Select(e => e.FullName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["LiveFunctions.App", "createdump"], executables);
    }

    [Fact]
    public void Zip_FunctionFolders_AreExactlyTheFunctionsTheAppDeclares()
    {
        using var archive = package.OpenZip();

        var folders = archive.Entries
            .Where(e => e.FullName.EndsWith("/" + PackageRules.FunctionJson, StringComparison.Ordinal))
            .Select(e => e.FullName[..e.FullName.IndexOf('/', StringComparison.Ordinal)])
            .Order(StringComparer.Ordinal);

        Assert.Equal(package.DeclaredFunctions.Keys.Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void Zip_HoldsNoSymbolsDocsOrDeveloperSettings()
    {
        using var archive = package.OpenZip();

        var unwanted = archive.Entries.Select(e => e.FullName).Where(name =>
            name.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("appsettings.", StringComparison.OrdinalIgnoreCase) && name != PackageRules.AppSettings
            || Path.GetFileName(name).StartsWith("local.settings", StringComparison.OrdinalIgnoreCase)
            || name.Equals("web.config", StringComparison.OrdinalIgnoreCase)
            || name.Contains("staticwebassets", StringComparison.OrdinalIgnoreCase));

        Assert.Empty(unwanted);
    }

    [Fact]
    public void Zip_Entries_AreSortedAndHaveNoFolderEntries()
    {
        using var archive = package.OpenZip();
        var names = archive.Entries.Select(e => e.FullName).ToArray();

        Assert.DoesNotContain(names, name => name.EndsWith('/'));
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }
}
