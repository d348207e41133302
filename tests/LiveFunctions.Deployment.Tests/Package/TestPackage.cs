using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace LiveFunctions.Deployment.Tests.Package;

/// <summary>
/// A small zip shaped like a Function App package, built in memory for the rule tests: <see cref="Valid"/> passes
/// every rule, and each test breaks one thing. Every call makes a new one (no shared mutable test data).
/// </summary>
internal sealed class TestPackage
{
    public static readonly int Executable = Convert.ToInt32("755", 8);
    public static readonly int Regular = Convert.ToInt32("644", 8);

    public const string TickJson = """{"bindings":[{"type":"timerTrigger","direction":"in","name":"timer","schedule":"%TickSchedule%"}]}""";
    public const string ProbeJson = """{"bindings":[{"type":"httpTrigger","direction":"in","name":"req","authLevel":"function","route":"probe"},{"type":"http","direction":"out","name":"res"}]}""";

    private const string Target = ".NETCoreApp,Version=v10.0/linux-x64";

    private readonly List<(string Path, string Content, int Attributes)> _entries = [];

    public static TestPackage Valid() => new TestPackage()
        .With("host.json", """{"version":"2.0","customHandler":{"description":{"defaultExecutablePath":"App"}}}""")
        .With("App", "\u007fELF", Executable)
        .With("App.deps.json", """
            {"runtimeTarget":{"name":"TARGET"},"targets":{"TARGET":{
              "App/1.0.0":{"runtime":{"App.dll":{}}},
              "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/10.0.0":{"runtime":{"System.Runtime.dll":{}},"native":{"libcoreclr.so":{},"createdump":{}}},
              "Lib/1.0.0":{"runtime":{"lib/net10.0/Lib.dll":{}},"resources":{"lib/net10.0/de/Lib.resources.dll":{"locale":"de"}}}}}}
            """.Replace("TARGET", Target, StringComparison.Ordinal))
        .With("App.runtimeconfig.json", "{}")
        .With("App.dll", "MZ")
        .With("System.Runtime.dll", "MZ")
        .With("Lib.dll", "MZ")
        .With("de/Lib.resources.dll", "MZ")
        .With("libcoreclr.so", "\u007fELF")
        .With("createdump", "\u007fELF", Executable)
        .With("appsettings.json", "{}")
        .With("probe/function.json", ProbeJson)
        .With("tick/function.json", TickJson);

    /// <summary>The functions the app of <see cref="Valid"/> declares.</summary>
    public static Dictionary<string, JsonNode> Declared() => new(StringComparer.Ordinal)
    {
        ["probe"] = JsonNode.Parse(ProbeJson)!,
        ["tick"] = JsonNode.Parse(TickJson)!,
    };

    /// <summary>Adds (or, for a path already there, adds again) a regular file with the given permission bits.</summary>
    public TestPackage With(string path, string content, int? mode = null) =>
        WithAttributes(path, content, (0x8000 | (mode ?? Regular)) << 16);

    /// <summary>Adds an entry with raw external attributes (e.g. 0x20, the DOS archive bit of a Windows zip).</summary>
    public TestPackage WithAttributes(string path, string content, int externalAttributes)
    {
        _entries.Add((path, content, externalAttributes));
        return this;
    }

    public TestPackage Without(string path)
    {
        _entries.RemoveAll(e => e.Path == path);
        return this;
    }

    public TestPackage Replacing(string path, string content, int? mode = null) => Without(path).With(path, content, mode);

    public IReadOnlyList<string> Check(IReadOnlyDictionary<string, JsonNode>? declared = null)
    {
        using var archive = Open();
        return PackageRules.Check(archive, declared ?? Declared());
    }

    private ZipArchive Open()
    {
        var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content, attributes) in _entries)
            {
                var entry = archive.CreateEntry(path);
                entry.ExternalAttributes = attributes;
                if (!path.EndsWith('/'))
                {
                    using var stream = entry.Open();
                    stream.Write(Encoding.UTF8.GetBytes(content));
                }
            }
        }

        buffer.Position = 0;
        return new ZipArchive(buffer, ZipArchiveMode.Read);
    }
}
