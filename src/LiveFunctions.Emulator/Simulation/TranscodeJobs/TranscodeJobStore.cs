using System.Text.Json;
using System.Text.Json.Nodes;
using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.TranscodeJobs;

/// <summary>The ICE live transcode jobs.</summary>
internal sealed class TranscodeJobStore : IResettable, IPersistentState
{
    private readonly object _gate = new();
    private readonly Dictionary<string, TranscodeJob> _jobs = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => "simulation-transcode-jobs";

    /// <summary>Adds a new job.</summary>
    public void Add(TranscodeJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            _jobs.Add(job.JobId, job);
        }
    }

    /// <summary>A job by id; null when there is none.</summary>
    public TranscodeJob? Find(string jobId)
    {
        lock (_gate)
        {
            return _jobs.GetValueOrDefault(jobId);
        }
    }

    /// <summary>
    /// Replaces a job with <paramref name="change"/>'s result, or keeps it and returns <paramref name="change"/>'s
    /// error. The whole check-and-change runs under the store's lock, so concurrent updates cannot interleave.
    /// </summary>
    public ServiceError? Update(string jobId, Func<TranscodeJob, (TranscodeJob? Updated, ServiceError? Error)> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            if (!_jobs.TryGetValue(jobId, out var job))
            {
                return ServiceErrors.TranscodeJobNotFound();
            }

            var (updated, error) = change(job);
            if (error is null && updated is not null)
            {
                _jobs[jobId] = updated;
            }

            return error;
        }
    }

    /// <summary>Removes a job; false when there was none.</summary>
    public bool Remove(string jobId)
    {
        lock (_gate)
        {
            return _jobs.Remove(jobId);
        }
    }

    /// <summary>Every job.</summary>
    public IReadOnlyList<TranscodeJob> All()
    {
        lock (_gate)
        {
            return _jobs.Values.ToList();
        }
    }

    /// <inheritdoc />
    public void Reset()
    {
        lock (_gate)
        {
            _jobs.Clear();
        }
    }

    /// <inheritdoc />
    public JsonNode Save()
    {
        lock (_gate)
        {
            return JsonSerializer.SerializeToNode(_jobs.Values.OrderBy(j => j.CreateTime).ToList()) ?? new JsonArray();
        }
    }

    /// <inheritdoc />
    public void Load(JsonNode snapshot)
    {
        var loaded = snapshot.Deserialize<List<TranscodeJob>>() ?? [];
        lock (_gate)
        {
            _jobs.Clear();
            foreach (var job in loaded)
            {
                _jobs[job.JobId] = job;
            }
        }
    }
}
