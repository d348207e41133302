using System.Collections.Concurrent;
using System.Text.Json;
using LiveFunctions.Core.RateLimiting.Clock;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.Logging;

namespace LiveFunctions.Core.RateLimiting.Entity;

/// <summary>
/// Reads and changes the entities in blob storage. A change is computed from the last version this process wrote or
/// read (cached with its ETag, so an uncontended change is one conditional write) and written If-Match that ETag, or
/// If-None-Match * for a new entity. A lost write re-reads and tries again after a jittered pause, at most
/// <c>MaxConflictRetries</c> more times. Every response's <c>Date</c> feeds the <see cref="StorageClock"/>.
/// </summary>
internal sealed class RateLimitEntityStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly StorageBlobs _blobs;
    private readonly StorageClock _clock;
    private readonly string _container;
    private readonly int _maxConflictRetries;
    private readonly TimeProvider _time;
    private readonly RateLimitStatistics _statistics;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<RateLimitKey, Version> _known = new();

    public RateLimitEntityStore(
        StorageBlobs blobs, StorageClock clock, string container, int maxConflictRetries, TimeProvider time, RateLimitStatistics statistics, ILogger logger)
    {
        _blobs = blobs;
        _clock = clock;
        _container = container;
        _maxConflictRetries = maxConflictRetries;
        _time = time;
        _statistics = statistics;
        _logger = logger;
    }

    /// <summary>
    /// Applies <paramref name="change"/> (given the current state, null for a new entity, and the storage time now) with
    /// a conditional write; retries on conflicts; returns the change's result once written.
    /// </summary>
    public async Task<T> ChangeAsync<T>(
        RateLimitKey key, Func<RateLimitState?, DateTimeOffset, (RateLimitState Next, T Result)> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = _known.TryGetValue(key, out var known) ? known : await ReadAsync(key, cancellationToken);
            var (next, result) = change(current?.State, _clock.Now);
            var condition = current is null ? BlobCondition.CreateOnly : BlobCondition.IfMatch(current.ETag);
            var sent = _clock.Timestamp();
            var written = await _blobs.PutJsonAsync(_container, key.BlobName, next, condition, Json, cancellationToken);
            Observe(written.ServerDate, sent);
            if (written.Succeeded)
            {
                _statistics.Wrote();
                _known[key] = new Version(next, written.ETag!);
                return result;
            }

            _statistics.Conflict();
            _known.TryRemove(key, out _);
            if (attempt > _maxConflictRetries)
            {
                RateLimiterLog.ConflictsExhausted(_logger, key.ToString(), attempt);
                throw new RateLimitConflictException(key.ToString(), attempt);
            }

            var pause = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(100, 5 << Math.Min(attempt, 5)));
            RateLimiterLog.Conflict(_logger, key.ToString(), attempt, pause.TotalMilliseconds);
            await Task.Delay(pause, _time, cancellationToken);
        }
    }

    /// <summary>Every entity in the container, read now (a listing plus one read each).</summary>
    public async Task<IReadOnlyList<RateLimitState>> ListAsync(CancellationToken cancellationToken)
    {
        _statistics.RoundTrip();
        var items = await _blobs.ListAsync(_container, "", cancellationToken);
        var states = new List<RateLimitState>(items.Count);
        foreach (var item in items.Where(i => i.Name.EndsWith(".json", StringComparison.Ordinal)))
        {
            var sent = _clock.Timestamp();
            var read = await _blobs.GetJsonAsync<RateLimitState>(_container, item.Name, Json, cancellationToken);
            if (read is not null)
            {
                Observe(read.ServerDate, sent);
                states.Add(read.Value);
            }
        }

        return states;
    }

    /// <summary>Creates the container if it is missing (once per process, before the first change).</summary>
    public async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        _statistics.RoundTrip();
        await _blobs.CreateContainerIfNotExistsAsync(_container, cancellationToken);
    }

    private async Task<Version?> ReadAsync(RateLimitKey key, CancellationToken cancellationToken)
    {
        var sent = _clock.Timestamp();
        var read = await _blobs.GetJsonAsync<RateLimitState>(_container, key.BlobName, Json, cancellationToken);
        if (read is null)
        {
            // A 404 carries a Date too, but the JSON helper drops it; the next write's answer calibrates instead.
            _statistics.RoundTrip();
            return null;
        }

        Observe(read.ServerDate, sent);
        return new Version(read.Value, read.ETag);
    }

    private void Observe(DateTimeOffset serverDate, long sent)
    {
        _statistics.RoundTrip();
        _clock.Observe(serverDate, sent, _clock.Timestamp());
    }

    private sealed record Version(RateLimitState State, string ETag);
}
