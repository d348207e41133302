using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.App.Hosting.Declarations;
using LiveFunctions.Core.Storage;
using Microsoft.Extensions.Options;

namespace LiveFunctions.App.Hosting.Queues;

/// <summary>
/// Handles one received message the way the host's queue trigger does: a message that is not base64 text, or that
/// has already been received more than maxDequeueCount times, goes straight to <c>{queue}-poison</c>; otherwise the
/// function runs through <see cref="QueueMessageDispatcher"/> (the envelope path) while the message is kept hidden,
/// and then the message is deleted (success), moved to <c>{queue}-poison</c> (its maxDequeueCount-th failure: the
/// original text is sent there, then the message deleted) or made visible again after host.json visibilityTimeout.
/// </summary>
internal sealed class QueueMessageProcessor(
    StorageQueues queues, QueueCreation creation, QueueMessageDispatcher dispatcher, IOptions<HostJsonOptions> hostJson,
    QueueListenerTimings timings, TimeProvider time, ILogger<QueueMessageProcessor> logger)
{
    /// <summary>The poison queue of <paramref name="queue"/>.</summary>
    public static string PoisonQueueOf(string queue) => queue + "-poison";

    /// <summary>
    /// Processes <paramref name="message"/> for <paramref name="function"/>. <paramref name="abort"/> cancels the
    /// invocation (shutdown that cannot wait any longer). Never throws: failures are logged, and the message then
    /// becomes visible again when its visibility timeout ends.
    /// </summary>
    public async Task ProcessAsync(QueueFunction function, QueueMessage message, CancellationToken abort)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(message);
        var queue = function.QueueName;
        var options = hostJson.Value.Extensions.Queues;
        var receipt = new Receipt(message.PopReceipt ?? throw new ArgumentException("A received message has a pop receipt.", nameof(message)));
        try
        {
            if (!message.IsBase64Encoded)
            {
                QueueListenerLog.NotBase64(logger, queue, message.MessageId, PoisonQueueOf(queue));
                await MoveToPoisonAsync(queue, message, receipt.Current, log: false, abort);
                return;
            }

            if (message.DequeueCount > options.MaxDequeueCount)
            {
                // Earlier attempts never completed (a crash or a kill): the host poisons such a message without running it.
                await MoveToPoisonAsync(queue, message, receipt.Current, log: true, abort);
                return;
            }

            var succeeded = await RunAsync(function, message, receipt, abort);
            if (abort.IsCancellationRequested)
            {
                await ReleaseOnShutdownAsync(queue, message.MessageId, receipt.Current);
            }
            else if (succeeded)
            {
                var deleted = await queues.DeleteAsync(queue, message.MessageId, receipt.Current, abort);
                if (deleted)
                {
                    QueueListenerLog.Deleted(logger, queue, message.MessageId);
                }
                else
                {
                    QueueListenerLog.DeleteLost(logger, queue, message.MessageId);
                }
            }
            else if (message.DequeueCount >= options.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, message, receipt.Current, log: true, abort);
            }
            else
            {
                QueueListenerLog.Released(logger, queue, message.MessageId, message.DequeueCount, options.MaxDequeueCount, options.VisibilityTimeout);
                await queues.UpdateVisibilityAsync(queue, message.MessageId, receipt.Current, options.VisibilityTimeout, abort);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !abort.IsCancellationRequested)
        {
            QueueListenerLog.CompletionFailed(logger, exception, queue, message.MessageId);
        }
        catch (OperationCanceledException)
        {
            // Aborted while completing: the message reappears when its visibility timeout ends.
        }
    }

    /// <summary>Runs the function while a background loop keeps the message hidden; true when it succeeded.</summary>
    private async Task<bool> RunAsync(QueueFunction function, QueueMessage message, Receipt receipt, CancellationToken abort)
    {
        using var running = CancellationTokenSource.CreateLinkedTokenSource(abort);
        var renewal = KeepHiddenAsync(function.QueueName, message.MessageId, receipt, running.Token);
        try
        {
            var received = new ReceivedQueueMessage(
                message.MessageId, receipt.Current, message.DequeueCount, message.InsertionTime, message.ExpirationTime,
                message.NextVisibleTime ?? time.GetUtcNow(), message.Text);
            return await dispatcher.DispatchAsync(function, received, abort);
        }
        finally
        {
            await running.CancelAsync();
            await renewal;
        }
    }

    /// <summary>Every half of the receive visibility, hides the message for the whole of it again (new pop receipt).</summary>
    private async Task KeepHiddenAsync(string queue, string messageId, Receipt receipt, CancellationToken running)
    {
        try
        {
            while (true)
            {
                await Task.Delay(timings.RenewalInterval, time, running);
                try
                {
                    var update = await queues.UpdateVisibilityAsync(queue, messageId, receipt.Current, timings.ReceiveVisibility, running);
                    if (update is null)
                    {
                        QueueListenerLog.RenewalLost(logger, queue, messageId);
                        return;
                    }

                    receipt.Current = update.PopReceipt;
                    QueueListenerLog.VisibilityRenewed(logger, queue, messageId, timings.ReceiveVisibility);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    QueueListenerLog.RenewalFailed(logger, exception, queue, messageId);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The invocation ended.
        }
    }

    private async Task MoveToPoisonAsync(string queue, QueueMessage message, string receipt, bool log, CancellationToken cancellationToken)
    {
        var poison = PoisonQueueOf(queue);
        await creation.EnsureAsync(poison, cancellationToken);
        // The original text: decoded for a base64 message, as stored for one that is not (Text is the raw text then).
        try
        {
            await queues.SendAsync(poison, message.Text, cancellationToken: cancellationToken);
        }
        catch (StorageRequestException exception) when (QueueCreation.IsQueueNotFound(exception))
        {
            creation.Forget(poison);
            await creation.EnsureAsync(poison, cancellationToken);
            await queues.SendAsync(poison, message.Text, cancellationToken: cancellationToken);
        }

        await queues.DeleteAsync(queue, message.MessageId, receipt, cancellationToken);
        if (log)
        {
            QueueListenerLog.MovedToPoison(logger, queue, message.MessageId, poison, message.DequeueCount);
        }
    }

    /// <summary>Makes a message whose run was cut short visible again now, so the next instance or start takes it.</summary>
    private async Task ReleaseOnShutdownAsync(string queue, string messageId, string receipt)
    {
        using var timeout = new CancellationTokenSource(timings.ReleaseTimeout, time);
        try
        {
            await queues.UpdateVisibilityAsync(queue, messageId, receipt, TimeSpan.Zero, timeout.Token);
            QueueListenerLog.ReleasedOnShutdown(logger, queue, messageId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || timeout.IsCancellationRequested)
        {
            QueueListenerLog.CompletionFailed(logger, exception, queue, messageId);
        }
    }

    /// <summary>The message's latest pop receipt (each visibility update issues a new one).</summary>
    private sealed class Receipt(string initial)
    {
        private volatile string _current = initial;

        public string Current
        {
            get => _current;
            set => _current = value;
        }
    }
}
