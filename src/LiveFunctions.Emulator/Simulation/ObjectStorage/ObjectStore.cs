using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Simulation.ObjectStorage;

/// <summary>
/// The simulated OSS: objects by (bucket, key), in memory or, with <c>Emulator:Simulation:ObjectStoreFolder</c>, as
/// files <c>{folder}/{bucket}/{key}</c>. Keys are checked by <see cref="ObjectKeys"/> before any file access.
/// </summary>
internal sealed class ObjectStore : IResettable, IPersistentState
{
    private readonly ConcurrentDictionary<(string Bucket, string Key), byte[]> _memory = new();
    private readonly ConcurrentDictionary<string, byte> _buckets = new(StringComparer.Ordinal);
    private readonly string? _root;

    public ObjectStore(IOptions<SimulationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = options.Value.ObjectStoreFolder;
        _root = string.IsNullOrWhiteSpace(folder) ? null : Path.GetFullPath(folder);
        if (_root is not null)
        {
            Directory.CreateDirectory(_root);
            foreach (var bucket in Directory.EnumerateDirectories(_root))
            {
                _buckets.TryAdd(Path.GetFileName(bucket), 0);
            }
        }
    }

    /// <inheritdoc />
    public string Name => "simulation-objects";

    /// <summary>Writes (or replaces) an object. Returns false when the bucket or key is not storable.</summary>
    public bool Put(string bucket, string key, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!ObjectKeys.IsStorable(bucket, key))
        {
            return false;
        }

        _buckets.TryAdd(bucket, 0);
        if (_root is null)
        {
            _memory[(bucket, key)] = content;
            return true;
        }

        var path = FilePath(bucket, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return true;
    }

    /// <summary>Whether an object exists.</summary>
    public bool Exists(string bucket, string key) =>
        ObjectKeys.IsStorable(bucket, key) && (_root is null ? _memory.ContainsKey((bucket, key)) : File.Exists(FilePath(bucket, key)));

    /// <summary>Reads an object; null when it does not exist.</summary>
    public byte[]? Get(string bucket, string key)
    {
        if (!ObjectKeys.IsStorable(bucket, key))
        {
            return null;
        }

        if (_root is null)
        {
            return _memory.TryGetValue((bucket, key), out var content) ? content : null;
        }

        var path = FilePath(bucket, key);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    /// <summary>Whether any object was ever written to the bucket.</summary>
    public bool HasBucket(string bucket) => _buckets.ContainsKey(bucket);

    /// <inheritdoc />
    public void Reset()
    {
        _memory.Clear();
        _buckets.Clear();
        if (_root is not null)
        {
            foreach (var directory in Directory.EnumerateDirectories(_root))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <inheritdoc />
    public JsonNode Save()
    {
        // Folder mode keeps its objects in the folder; memory mode saves them (they are small: placeholders, M3U8, JPG).
        var objects = new JsonArray();
        foreach (var ((bucket, key), content) in _memory.OrderBy(o => o.Key.Bucket, StringComparer.Ordinal).ThenBy(o => o.Key.Key, StringComparer.Ordinal))
        {
            objects.Add(new JsonObject { ["Bucket"] = bucket, ["Key"] = key, ["Content"] = Convert.ToBase64String(content) });
        }

        return objects;
    }

    /// <inheritdoc />
    public void Load(JsonNode snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _memory.Clear();
        foreach (var item in snapshot.AsArray().OfType<JsonObject>())
        {
            var bucket = (string?)item["Bucket"];
            var key = (string?)item["Key"];
            var content = (string?)item["Content"];
            if (bucket is not null && key is not null && content is not null)
            {
                Put(bucket, key, Convert.FromBase64String(content));
            }
        }
    }

    private string FilePath(string bucket, string key)
    {
        var path = Path.GetFullPath(Path.Combine(_root!, bucket, key.Replace('/', Path.DirectorySeparatorChar)));
        // ObjectKeys already refuses "..", rooted keys and separators in names; this keeps the promise if it ever changes.
        if (!path.StartsWith(_root! + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("An object key resolved outside the object store folder.");
        }

        return path;
    }
}
