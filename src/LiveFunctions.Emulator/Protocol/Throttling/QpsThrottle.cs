using Microsoft.Extensions.Options;

namespace LiveFunctions.Emulator.Protocol.Throttling;

/// <summary>
/// Enforces the QPS limits exactly as DESIGN.md defines them: at most N calls accepted per account and action in any
/// sliding window (a log of accepted arrival times, not a fixed-window counter). A call at time t is accepted when
/// fewer than N accepted calls lie in (t − window, t] — so no half-open window [s, s + window) ever holds more than N.
/// A refused call takes no slot. Accepted and refused calls are counted per action.
/// </summary>
internal sealed class QpsThrottle : IResettable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Account, string Action), Queue<DateTimeOffset>> _accepted = [];
    private readonly Dictionary<string, ActionCounts> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QpsLimit?> _overrides = new(StringComparer.Ordinal);
    private readonly QpsLimit? _default;

    public QpsThrottle(IOptions<EmulatorOptions> options)
    {
        var limits = options.Value.QpsLimits;
        Enabled = limits.Enabled;
        QpsLimit.TryParse(limits.Default, out _default);
        foreach (var (action, text) in limits.Overrides)
        {
            QpsLimit.TryParse(text, out var limit);
            _overrides[action] = limit;
        }
    }

    /// <summary>Whether limits are enforced.</summary>
    public bool Enabled { get; }

    /// <summary>The limit of an action: its override, else the documented one, else the default; null = unlimited.</summary>
    public QpsLimit? LimitOf(string action) =>
        _overrides.TryGetValue(action, out var limit) ? limit
        : DocumentedQpsLimits.ByAction.TryGetValue(action, out var documented) ? documented
        : _default;

    /// <summary>Admits or refuses one call of <paramref name="action"/> by <paramref name="account"/> at <paramref name="now"/>.</summary>
    public bool TryAcquire(string account, string action, DateTimeOffset now)
    {
        var limit = Enabled ? LimitOf(action) : null;
        lock (_gate)
        {
            var counts = CountsOf(action);
            if (limit is { } l)
            {
                if (!_accepted.TryGetValue((account, action), out var log))
                {
                    log = new Queue<DateTimeOffset>();
                    _accepted[(account, action)] = log;
                }

                while (log.Count > 0 && log.Peek() <= now - l.Window)
                {
                    log.Dequeue();
                }

                if (log.Count >= l.Count)
                {
                    counts.Throttled++;
                    return false;
                }

                log.Enqueue(now);
            }

            counts.Accepted++;
            return true;
        }
    }

    /// <summary>The counts per action since the last reset, ordered by action name.</summary>
    public IReadOnlyList<(string Action, long Accepted, long Throttled)> Counts()
    {
        lock (_gate)
        {
            return _counts.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => (pair.Key, pair.Value.Accepted, pair.Value.Throttled))
                .ToList();
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        lock (_gate)
        {
            _accepted.Clear();
            _counts.Clear();
        }
    }

    private ActionCounts CountsOf(string action)
    {
        if (!_counts.TryGetValue(action, out var counts))
        {
            counts = new ActionCounts();
            _counts[action] = counts;
        }

        return counts;
    }

    private sealed class ActionCounts
    {
        public long Accepted { get; set; }

        public long Throttled { get; set; }
    }
}
