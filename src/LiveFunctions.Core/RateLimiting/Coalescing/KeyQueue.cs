namespace LiveFunctions.Core.RateLimiting.Coalescing;

/// <summary>
/// The callers of one process waiting for a slot of one key, first come first served. Whoever finds no writer running
/// starts one; the writer takes up to <c>MaxBatch</c> waiting callers, reserves that many slots in one conditional
/// write, hands them out in arrival order, and goes on while callers wait. A caller that gives up while queued leaves
/// the queue; one that gives up after its slot was reserved leaves the slot unused.
/// </summary>
internal sealed class KeyQueue
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource<DateTimeOffset>> _waiting = new();
    private readonly int _maxBatch;
    private readonly Func<int, Task<DateTimeOffset[]>> _reserve;
    private bool _writing;

    /// <param name="maxBatch">The most slots one write reserves.</param>
    /// <param name="reserve">Reserves n slots of the key in one write, in order.</param>
    public KeyQueue(int maxBatch, Func<int, Task<DateTimeOffset[]>> reserve)
    {
        _maxBatch = maxBatch;
        _reserve = reserve;
    }

    /// <summary>Queues the caller; completes with its slot (storage time), or cancelled, or with the writer's failure.</summary>
    public async Task<DateTimeOffset> EnqueueAsync(CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
        bool start;
        lock (_lock)
        {
            _waiting.Enqueue(waiter);
            start = !_writing;
            _writing = true;
        }

        if (start)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        return await waiter.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = new List<TaskCompletionSource<DateTimeOffset>>(_maxBatch);
            lock (_lock)
            {
                while (batch.Count < _maxBatch && _waiting.TryDequeue(out var waiter))
                {
                    if (!waiter.Task.IsCompleted)
                    {
                        batch.Add(waiter);
                    }
                }

                if (batch.Count == 0)
                {
                    _writing = false;
                    return;
                }
            }

            try
            {
                var slots = await _reserve(batch.Count);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].TrySetResult(slots[i]);
                }
            }
            catch (Exception e)
            {
                foreach (var waiter in batch)
                {
                    waiter.TrySetException(e);
                }
            }
        }
    }
}
