using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.Core.Storage;

namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// Polls the trigger queue of one queue function: creates it and its <c>-poison</c> queue when missing, receives up to
/// batchSize messages, hands each to <see cref="QueueMessageProcessor"/> without waiting, and receives again once no
/// more than newBatchThreshold (default batchSize / 2) are in flight, so at most batchSize run at once. An empty poll
/// waits with exponential back-off from 100 ms to maxPollingInterval (or until the local output writer sends to the
/// queue). Stopping ends the polling and then waits for the messages in flight.
/// </summary>
internal sealed class QueuePoller(
    QueueFunction function, StorageQueues queues, QueueCreation creation, QueueMessageProcessor processor,
    QueueWakeups wakeups, QueueHostOptions options, QueueListenerTimings timings, TimeProvider time, ILogger logger)
{
    private readonly List<Task> _inFlight = [];

    /// <summary>The most messages in flight at which a new batch is fetched.</summary>
    public int NewBatchThreshold => Math.Clamp(options.NewBatchThreshold ?? options.BatchSize / 2, 0, options.BatchSize - 1);

    /// <summary>Polls until <paramref name="stopping"/>, then waits for the messages in flight (<paramref name="abort"/> cancels them).</summary>
    public async Task RunAsync(CancellationToken stopping, CancellationToken abort)
    {
        var queue = function.QueueName;
        var backoff = new PollingBackoff(options.MaxPollingInterval);
        try
        {
            await CreateQueuesAsync(backoff, stopping);
            QueueListenerLog.ListenerStarted(
                logger, function.Name, queue, options.BatchSize, options.MaxDequeueCount, options.VisibilityTimeout, options.MaxPollingInterval);
            while (!stopping.IsCancellationRequested)
            {
                await WaitForCapacityAsync(stopping);
                var wakeup = wakeups.Next(queue);
                var received = await ReceiveAsync(backoff, stopping);
                if (received is null)
                {
                    continue;
                }

                if (received.Count == 0)
                {
                    await IdleAsync(backoff.Next(), wakeup, stopping);
                    continue;
                }

                backoff.Reset();
                QueueListenerLog.Received(logger, function.Name, queue, received.Count);
                foreach (var message in received)
                {
                    _inFlight.Add(Task.Run(() => processor.ProcessAsync(function, message, abort), CancellationToken.None));
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping.
        }

        await Task.WhenAll(_inFlight);
        QueueListenerLog.ListenerStopped(logger, function.Name, queue);
    }

    private async Task CreateQueuesAsync(PollingBackoff backoff, CancellationToken stopping)
    {
        while (true)
        {
            try
            {
                await creation.EnsureAsync(function.QueueName, stopping);
                await creation.EnsureAsync(QueueMessageProcessor.PoisonQueueOf(function.QueueName), stopping);
                backoff.Reset();
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var wait = backoff.Next();
                QueueListenerLog.PollFailed(logger, exception, function.Name, function.QueueName, (long)wait.TotalMilliseconds);
                await Task.Delay(wait, time, stopping);
            }
        }
    }

    /// <summary>The next batch; null after a storage failure (already waited out).</summary>
    private async Task<IReadOnlyList<QueueMessage>?> ReceiveAsync(PollingBackoff backoff, CancellationToken stopping)
    {
        var free = options.BatchSize - _inFlight.Count;
        try
        {
            return await queues.ReceiveAsync(function.QueueName, Math.Min(free, 32), timings.ReceiveVisibility, stopping);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failure = exception;
            if (QueueCreation.IsQueueNotFound(exception))
            {
                // Deleted while we listen: create it again, then poll on.
                creation.Forget(function.QueueName);
                try
                {
                    await creation.EnsureAsync(function.QueueName, stopping);
                    return null;
                }
                catch (Exception again) when (again is not OperationCanceledException)
                {
                    failure = again;
                }
            }

            var wait = backoff.Next();
            QueueListenerLog.PollFailed(logger, failure, function.Name, function.QueueName, (long)wait.TotalMilliseconds);
            await Task.Delay(wait, time, stopping);
            return null;
        }
    }

    /// <summary>Waits until no more than <see cref="NewBatchThreshold"/> messages are in flight.</summary>
    private async Task WaitForCapacityAsync(CancellationToken stopping)
    {
        _inFlight.RemoveAll(t => t.IsCompleted);
        while (_inFlight.Count > NewBatchThreshold)
        {
            await Task.WhenAny(_inFlight).WaitAsync(stopping);
            _inFlight.RemoveAll(t => t.IsCompleted);
        }
    }

    /// <summary>Waits <paramref name="delay"/>, or less when the local writer sends to the queue.</summary>
    private async Task IdleAsync(TimeSpan delay, Task wakeup, CancellationToken stopping)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var timer = Task.Delay(delay, time, wait.Token);
        await Task.WhenAny(timer, wakeup);
        await wait.CancelAsync();
        stopping.ThrowIfCancellationRequested();
    }
}
