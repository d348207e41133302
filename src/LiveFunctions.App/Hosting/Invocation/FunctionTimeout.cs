using LiveFunctions.App.Hosting.Configuration;

namespace LiveFunctions.App.Hosting.Invocation;

/// <summary>
/// host.json's functionTimeout for standalone invocations (under the host, the host enforces it): a token cancelled
/// at the timeout, measured on the injected TimeProvider, or with the caller's token.
/// </summary>
internal sealed class FunctionTimeout : IDisposable
{
    private readonly CancellationTokenSource? _timeout;
    private readonly CancellationTokenSource _linked;

    private FunctionTimeout(HostJsonOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (options.FunctionTimeout is { } timeout && timeout > TimeSpan.Zero)
        {
            _timeout = new CancellationTokenSource(timeout, time);
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timeout.Token);
        }
        else
        {
            _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        }
    }

    /// <summary>The token to run the invocation with.</summary>
    public CancellationToken Token => _linked.Token;

    public static FunctionTimeout Create(HostJsonOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        new(options, time, cancellationToken);

    public void Dispose()
    {
        _linked.Dispose();
        _timeout?.Dispose();
    }
}
