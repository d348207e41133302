using System.Buffers.Binary;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;

namespace LiveFunctions.Deployment.Tests.Package;

/// <summary>The package's contents once extracted: a self-contained linux-x64 ReadyToRun app that starts.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Publish")]
public sealed class PackagedAppTests(PackageBuild package)
{
    private const ushort ElfMachineX8664 = 62;

    [Fact]
    public void Executable_IsA64BitLinuxX64ElfProgram()
    {
        var header = new byte[20];
        using (var file = File.OpenRead(package.ExtractedExecutable))
        {
            file.ReadExactly(header);
        }

        Assert.Equal("\u007fELF"u8.ToArray(), header[..4]);
        Assert.Equal(2, header[4]); // ELFCLASS64
        Assert.Equal(ElfMachineX8664, BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(18, 2)));
    }

    [Theory]
    [InlineData("LiveFunctions.App.dll")]
    [InlineData("LiveFunctions.Core.dll")]
    public void Assembly_OfThePack_IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(Path.Combine(package.ExtractedRoot, assembly)));

        Assert.True(reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} has no ReadyToRun code");
    }

    [Fact]
    public void RuntimeConfig_IncludesBothFrameworks_SoTheAppIsSelfContained()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(package.ExtractedRoot, "LiveFunctions.App.runtimeconfig.json")))!;
        var options = config["runtimeOptions"]!;

        Assert.Null(options["frameworks"]);
        Assert.Null(options["framework"]);
        var included = options["includedFrameworks"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(["Microsoft.AspNetCore.App", "Microsoft.NETCore.App"], included);
        Assert.True(File.Exists(Path.Combine(package.ExtractedRoot, "libcoreclr.so")), "the runtime is not in the package");
    }

    [Fact]
    public void DepsJson_RuntimeTarget_IsLinuxX64()
    {
        var deps = JsonNode.Parse(File.ReadAllText(Path.Combine(package.ExtractedRoot, "LiveFunctions.App.deps.json")))!;

        Assert.EndsWith("/linux-x64", deps["runtimeTarget"]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executable_StartedStandaloneInTheExtractedRoot_AnswersTheReadinessProbe()
    {
        var port = ChildProcess.FreeLoopbackPort();
        using var process = ChildProcess.Start(package.ExtractedExecutable, [$"--urls=http://127.0.0.1:{port}"], package.ExtractedRoot);
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (true)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/"), deadline.Token);
                    Assert.True(response.IsSuccessStatusCode, $"GET / answered {(int)response.StatusCode}");
                    Assert.Equal("LiveFunctions", await response.Content.ReadAsStringAsync(deadline.Token));
                    return;
                }
                catch (HttpRequestException) when (!process.HasExited && !deadline.IsCancellationRequested)
                {
                    await Task.Delay(100, deadline.Token);
                }
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }
}
