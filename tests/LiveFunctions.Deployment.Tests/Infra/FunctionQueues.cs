using System.Text.Json;

namespace LiveFunctions.Deployment.Tests.Infra;

/// <summary>A queue a function binds to: its trigger (the host adds a -poison queue) or an output.</summary>
internal sealed record FunctionQueue(string Function, string QueueName, bool IsTrigger);

/// <summary>
/// The queues the app's functions use, read from their function.json files (one folder per function, the folder name
/// being the function name). Queue names may be %AppSetting% indirections, resolved by the caller.
/// </summary>
internal static class FunctionQueues
{
    /// <summary>The queues the design names: each timer or callback plans work onto one, a queue trigger executes it.</summary>
    public static IReadOnlyList<string> Documented { get; } = ["index-work", "transcode-work", "snapshot-callbacks"];

    public static string AppSource => Path.Combine(RepositoryPaths.Root, "src", "LiveFunctions.App");

    public static IReadOnlyList<FunctionQueue> Read(string appDirectory)
    {
        if (!Directory.Exists(appDirectory))
        {
            return [];
        }

        return Directory.EnumerateFiles(appDirectory, "function.json", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(appDirectory, path))
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Parse(Path.GetFileName(Path.GetDirectoryName(path))!, File.ReadAllText(path)))
            .ToArray();
    }

    public static IEnumerable<FunctionQueue> Parse(string function, string functionJson)
    {
        using var document = JsonDocument.Parse(functionJson);
        if (!document.RootElement.TryGetProperty("bindings", out var bindings))
        {
            yield break;
        }

        foreach (var binding in bindings.EnumerateArray())
        {
            var type = binding.TryGetProperty("type", out var typeValue) ? typeValue.GetString() : null;
            var isTrigger = string.Equals(type, "queueTrigger", StringComparison.OrdinalIgnoreCase);
            var isOutput = string.Equals(type, "queue", StringComparison.OrdinalIgnoreCase);
            if ((isTrigger || isOutput) && binding.TryGetProperty("queueName", out var queueName))
            {
                yield return new FunctionQueue(function, queueName.GetString()!, isTrigger);
            }
        }
    }

    /// <summary>The queues that have to exist for these bindings: each queue, and for a trigger its -poison queue.</summary>
    public static IEnumerable<string> Required(IEnumerable<FunctionQueue> queues) =>
        queues.SelectMany(queue => queue.IsTrigger ? [queue.QueueName, queue.QueueName + "-poison"] : new[] { queue.QueueName });

    private static bool IsBuildOutput(string appDirectory, string path)
    {
        var first = Path.GetRelativePath(appDirectory, path).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }
}
