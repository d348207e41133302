using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Protocol.Persistence;

/// <summary>
/// Keeps every registered <see cref="IPersistentState"/> in <c>{DataFolder}/{Name}.json</c> when a data folder is
/// configured: loaded once at start, saved a short while after state changes (changes within
/// <c>Emulator:SaveDelay</c> are written together) and at shutdown. Without a data folder it does nothing.
/// </summary>
internal sealed partial class EmulatorPersistence : IHostedService, IDisposable
{
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true };

    private readonly IReadOnlyList<IPersistentState> _states;
    private readonly TimeProvider _time;
    private readonly ILogger<EmulatorPersistence> _logger;
    private readonly string? _folder;
    private readonly TimeSpan _delay;
    private readonly Lock _gate = new();
    private readonly Lock _saveGate = new();
    private ITimer? _timer;

    public EmulatorPersistence(IEnumerable<IPersistentState> states, IOptions<EmulatorOptions> options, TimeProvider time, ILogger<EmulatorPersistence> logger)
    {
        _states = [.. states];
        _time = time;
        _logger = logger;
        _folder = string.IsNullOrWhiteSpace(options.Value.DataFolder) ? null : Path.GetFullPath(options.Value.DataFolder);
        _delay = options.Value.SaveDelay < TimeSpan.Zero ? TimeSpan.Zero : options.Value.SaveDelay;
    }

    /// <summary>Loads every state that has a file in the data folder.</summary>
    public void Load()
    {
        if (_folder is null)
        {
            return;
        }

        foreach (var state in _states)
        {
            var path = PathOf(state);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                var snapshot = JsonNode.Parse(File.ReadAllText(path)) ?? throw new JsonException("The file holds JSON null.");
                state.Load(snapshot);
                LogLoaded(_logger, state.Name, path);
            }
            catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException)
            {
                LogLoadFailed(_logger, exception, state.Name, path);
            }
        }
    }

    /// <summary>Schedules a save after the save delay (one save for every change within it).</summary>
    public void RequestSave()
    {
        if (_folder is null)
        {
            return;
        }

        ITimer timer;
        lock (_gate)
        {
            if (_timer is not null)
            {
                return;
            }

            timer = _timer = _time.CreateTimer(_ => SaveScheduled(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        // Armed outside the lock: a timer provider may run a due callback synchronously.
        timer.Change(_delay, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Writes every state now.</summary>
    public void SaveNow()
    {
        if (_folder is null)
        {
            return;
        }

        lock (_saveGate)
        {
            try
            {
                Directory.CreateDirectory(_folder);
                foreach (var state in _states)
                {
                    var path = PathOf(state);
                    var temporary = path + ".tmp";
                    File.WriteAllText(temporary, state.Save().ToJsonString(WriteOptions));
                    File.Move(temporary, path, overwrite: true);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                LogSaveFailed(_logger, exception, _folder);
            }
        }
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        SaveNow();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void SaveScheduled()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }

        SaveNow();
    }

    private string PathOf(IPersistentState state) => Path.Combine(_folder!, state.Name + ".json");

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded emulator state {Name} from {Path}")]
    private static partial void LogLoaded(ILogger logger, string name, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load emulator state {Name} from {Path}; starting it empty")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception, string name, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not save emulator state to {Folder}")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception, string folder);
}
