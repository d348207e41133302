namespace LiveFunctions.App.Hosting.Timers;

/// <summary>What became of an attempt to claim an occurrence.</summary>
internal enum ClaimOutcome
{
    /// <summary>This instance's conditional write won: it runs the occurrence.</summary>
    Won,

    /// <summary>The stored status shows another instance claimed the occurrence (or kept winning the race): skip it.</summary>
    Taken,

    /// <summary>The store could not be reached: the occurrence runs without a claim (as without a store).</summary>
    Unavailable,
}

/// <summary>What became of a conditional write.</summary>
internal enum WriteOutcome
{
    Written,
    Conflict,
    Unavailable,
}

/// <summary>
/// One timer's status in the <see cref="ITimerStatusStore"/> together with the version this instance last saw, and the
/// occurrence claim: before running occurrence O, an instance replaces the version it read with
/// {Last = O, Next, LastUpdated}. Only one conditional write on a version can win, and a status whose Last is O or
/// later means O is taken, so two instances sharing the store never both run O. Store failures are logged and make the
/// runner carry on without the store, as before it had one.
/// </summary>
internal sealed class TimerStatusRecord(string timerName, ITimerStatusStore store, ILogger logger)
{
    // A few conflicts in a row mean others keep writing; giving up then (Taken) is the safe side.
    private const int MaxAttempts = 3;
    private StoredTimerStatus? _current;
    private bool _synced;

    /// <summary>The status as the store held it at this instance's last read or write (null: none, unreadable or unknown).</summary>
    public ScheduleStatus? Stored => _synced ? _current?.Status : null;

    /// <summary>Reads the stored status and its version; false (logged) when the store failed.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        try
        {
            _current = await store.ReadAsync(timerName, cancellationToken);
            _synced = true;
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            HostingLog.TimerStatusStoreFailed(logger, exception, timerName);
            _synced = false;
            return false;
        }
    }

    /// <summary>
    /// Replaces the version last seen (create-only when none was stored). On a conflict the record is re-read, so
    /// <see cref="Stored"/> then shows what the other writer stored.
    /// </summary>
    public async Task<WriteOutcome> TryReplaceAsync(ScheduleStatus status, CancellationToken cancellationToken)
    {
        if (!_synced)
        {
            return WriteOutcome.Unavailable;
        }

        try
        {
            var version = await store.TryWriteAsync(timerName, status, _current?.Version, cancellationToken);
            if (version is null)
            {
                await RefreshAsync(cancellationToken);
                return WriteOutcome.Conflict;
            }

            _current = new StoredTimerStatus(status, version);
            return WriteOutcome.Written;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            HostingLog.TimerStatusStoreFailed(logger, exception, timerName);
            _synced = false;
            return WriteOutcome.Unavailable;
        }
    }

    /// <summary>Claims <paramref name="occurrence"/> by writing <paramref name="claim"/> (whose Last is the occurrence).</summary>
    public async Task<ClaimOutcome> ClaimAsync(DateTimeOffset occurrence, ScheduleStatus claim, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (!_synced && !await RefreshAsync(cancellationToken))
            {
                return ClaimOutcome.Unavailable;
            }

            if (_current?.Status is { } stored && stored.Last >= occurrence)
            {
                return ClaimOutcome.Taken;
            }

            switch (await TryReplaceAsync(claim, cancellationToken))
            {
                case WriteOutcome.Written:
                    return ClaimOutcome.Won;
                case WriteOutcome.Unavailable:
                    return ClaimOutcome.Unavailable;
            }
        }

        return ClaimOutcome.Taken;
    }

    /// <summary>
    /// Stores the status after this instance ran <paramref name="occurrence"/>, unless another instance has since run
    /// a later one (then its status stays and is returned). Returns the status that now holds.
    /// </summary>
    public async Task<ScheduleStatus> CompleteAsync(DateTimeOffset occurrence, ScheduleStatus status, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (!_synced && !await RefreshAsync(cancellationToken))
            {
                return status;
            }

            if (_current?.Status is { } stored && stored.Last > occurrence)
            {
                return stored;
            }

            if (await TryReplaceAsync(status, cancellationToken) is not WriteOutcome.Conflict)
            {
                return status;
            }
        }

        return status;
    }
}
