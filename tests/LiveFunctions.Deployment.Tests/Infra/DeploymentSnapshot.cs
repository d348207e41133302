using System.Text.Json;

namespace LiveFunctions.Deployment.Tests.Infra;

/// <summary>
/// What `bicep snapshot` predicts a deployment of infra/main.bicep creates: every resource with its properties, nested
/// modules expanded, and values that are only known in Azure (reference(), secure parameters) left as ARM expressions.
/// </summary>
internal sealed class DeploymentSnapshot(JsonElement root)
{
    public IReadOnlyList<JsonElement> Resources { get; } = [.. root.GetProperty("predictedResources").EnumerateArray()];

    public IReadOnlyList<string> Diagnostics { get; } =
        [.. root.GetProperty("diagnostics").EnumerateArray().Select(diagnostic => diagnostic.ToString())];

    public JsonElement Outputs { get; } = root.GetProperty("outputs");

    public IEnumerable<JsonElement> OfType(string type) =>
        Resources.Where(resource => string.Equals(resource.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase));

    public JsonElement Single(string type)
    {
        var matches = OfType(type).ToArray();
        Assert.True(matches.Length == 1, $"Expected one {type} in the snapshot, found {matches.Length}.");
        return matches[0];
    }

    /// <summary>The last segment of a resource's name (a child's name is parent/child).</summary>
    public static string ShortName(JsonElement resource) => resource.GetProperty("name").GetString()!.Split('/')[^1];

    /// <summary>The Function App's app settings: the properties of its sites/config 'appsettings' resource.</summary>
    public IReadOnlyDictionary<string, string> AppSettings()
    {
        var config = OfType("Microsoft.Web/sites/config").Single(resource => ShortName(resource) == "appsettings");
        return config.GetProperty("properties").EnumerateObject()
            .ToDictionary(setting => setting.Name, setting => setting.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
    }

    public static string Text(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            Assert.True(current.TryGetProperty(name, out current), $"No '{name}' in {element}");
        }

        return current.ValueKind == JsonValueKind.String ? current.GetString()! : current.GetRawText();
    }
}

/// <summary>
/// Snapshots of infra/main.bicep for two parameter sets, taken once for the tests: the defaults (only the required
/// parameters given) and a key rotation in progress with every optional parameter set. Offline: fake subscription and
/// tenant, no Azure calls.
/// </summary>
public sealed class DeploymentSnapshots : IAsyncLifetime
{
    public const string SubscriptionId = "00000000-0000-0000-0000-00000000000a";
    public const string TenantId = "00000000-0000-0000-0000-00000000000b";
    public const string DeployerPrincipalId = "00000000-0000-0000-0000-00000000000c";
    public const string Location = "eastus2";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("livefunctions-bicep-snapshot-");

    internal DeploymentSnapshot Defaults { get; private set; } = null!;

    internal DeploymentSnapshot Rotation { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var defaults = TakeAsync("defaults", []);
        var rotation = TakeAsync("rotation", [
            "param principalId = '" + DeployerPrincipalId + "'",
            "param principalType = 'ServicePrincipal'",
            "param snapshotCallbackPreviousAuthKeyEnabled = true",
            "param snapshotCallbackHost = 'callbacks.example.com'",
            "param indexFilesDomains = 'play.example.com,live.example.org'",
            "param instanceMemoryMB = 4096",
            "param maximumInstanceCount = 40",
        ]);
        Defaults = await defaults;
        Rotation = await rotation;
    }

    public Task DisposeAsync()
    {
        _directory.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private async Task<DeploymentSnapshot> TakeAsync(string name, IEnumerable<string> extraParameters)
    {
        var parametersFile = Path.Combine(_directory.FullName, name + ".bicepparam");
        // A .bicepparam must name its template by a relative path.
        var template = Path.GetRelativePath(_directory.FullName, Path.Combine(RepositoryPaths.Infra, "main.bicep"))
            .Replace(Path.DirectorySeparatorChar, '/');
        string[] lines =
        [
            $"using '{template}'",
            "param environmentName = 'ci'",
            $"param location = '{Location}'",
            "param alibabaAccessKeyId = 'ci-access-key-id'",
            .. extraParameters,
        ];
        await File.WriteAllLinesAsync(parametersFile, lines);

        var run = await BicepCli.RunAsync(
            _directory.FullName, "snapshot", parametersFile, "--mode", "overwrite",
            "--subscription-id", SubscriptionId, "--tenant-id", TenantId, "--location", Location);
        var snapshotFile = Path.Combine(_directory.FullName, name + ".snapshot.json");
        if (run.ExitCode != 0 || !File.Exists(snapshotFile))
        {
            throw new InvalidOperationException($"bicep snapshot of the '{name}' parameters failed.\n{run.Describe()}");
        }

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(snapshotFile));
        return new DeploymentSnapshot(document.RootElement.Clone());
    }
}
