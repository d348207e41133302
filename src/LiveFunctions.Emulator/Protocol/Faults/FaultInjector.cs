namespace LiveFunctions.Emulator.Protocol.Faults;

/// <summary>
/// The configured faults. For each authenticated call the first rule that matches the action and wins its
/// probability draw fires (and counts down); the pipeline then answers the fault instead of the service.
/// </summary>
internal sealed class FaultInjector : IResettable
{
    private readonly Lock _gate = new();
    private List<FaultRule> _rules = [];
    private int? _seed;
    private Random _random = Random.Shared;

    /// <summary>Replaces the rules; returns a description of the first invalid rule instead when there is one.</summary>
    public string? Replace(FaultSettings settings)
    {
        for (var i = 0; i < settings.Rules.Count; i++)
        {
            var rule = settings.Rules[i];
            var problem = rule switch
            {
                _ when !Enum.IsDefined(rule.Kind) => "Kind must be InternalError, ServiceUnavailable, Delay, Drop or Throttle.",
                _ when rule.Probability is < 0 or > 1 || double.IsNaN(rule.Probability) => "Probability must be between 0 and 1.",
                _ when rule.Count is < 1 => "Count must be at least 1 (or absent for no end).",
                _ when rule.DelayMilliseconds < 0 => "DelayMilliseconds must not be negative.",
                _ => null,
            };
            if (problem is not null)
            {
                return $"Rules[{i}]: {problem}";
            }
        }

        lock (_gate)
        {
            _rules = [.. settings.Rules];
            _seed = settings.Seed;
            _random = settings.Seed is { } seed ? new Random(seed) : Random.Shared;
        }

        return null;
    }

    /// <summary>The rules as they stand (counts reflect the faults already fired).</summary>
    public FaultSettings Current()
    {
        lock (_gate)
        {
            return new FaultSettings { Rules = [.. _rules], Seed = _seed };
        }
    }

    /// <summary>The fault to apply to one call of <paramref name="action"/>, or null.</summary>
    public FaultRule? Next(string action)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (rule.Action is not null && !string.Equals(rule.Action, action, StringComparison.Ordinal))
                {
                    continue;
                }

                if (rule.Probability < 1 && _random.NextDouble() >= rule.Probability)
                {
                    continue;
                }

                if (rule.Count is { } count)
                {
                    if (count <= 1)
                    {
                        _rules.RemoveAt(i);
                    }
                    else
                    {
                        _rules[i] = rule with { Count = count - 1 };
                    }
                }

                return rule;
            }

            return null;
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        lock (_gate)
        {
            _rules = [];
            _seed = null;
            _random = Random.Shared;
        }
    }
}
