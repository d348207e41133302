using System.Net;
using LiveFunctions.Core.Storage;
using LiveFunctions.Core.Storage.Http;
using LiveFunctions.Testing;

namespace LiveFunctions.Core.Tests.Storage.Http;

/// <summary>Retries of transient failures, on the manual clock: nothing here sleeps for real.</summary>
public sealed class StorageRetryPolicyTests
{
    private static readonly DateTimeOffset Start = new(2025, 12, 2, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Moves the clock in small steps until the call finishes (each retry waits on a timer of that clock).</summary>
    private static async Task<T> RunAsync<T>(ManualTimeProvider time, Task<T> call, TimeSpan step)
    {
        for (var i = 0; i < 2000 && !call.IsCompleted; i++)
        {
            time.Advance(step);
            await Task.Delay(1);
        }

        return await call;
    }

    [Fact]
    public async Task SendAsync_ServerBusyThenCreated_RetriesAndSignsEachAttemptWithItsOwnDate()
    {
        var time = new ManualTimeProvider(Start);
        var stub = new StubStorageHandler().Error(HttpStatusCode.ServiceUnavailable, "ServerBusy").Answer(HttpStatusCode.Created);
        var retry = new StorageRetrySettings(2, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5));
        var queues = StorageTestClients.OverStub(stub, time, retry).Queues;

        var created = await RunAsync(time, queues.CreateIfNotExistsAsync("work-items"), TimeSpan.FromMilliseconds(100));

        Assert.True(created);
        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal("Tue, 02 Dec 2025 10:00:00 GMT", stub.Requests[0].Header("x-ms-date"));
        Assert.NotEqual(stub.Requests[0].Header("x-ms-date"), stub.Requests[1].Header("x-ms-date"));
        Assert.NotEqual(stub.Requests[0].Header("Authorization"), stub.Requests[1].Header("Authorization"));
        // The first back-off is 2 s ± 20 %: the retry waited at least 1.6 s of manual time.
        Assert.True(time.GetUtcNow() - Start >= TimeSpan.FromSeconds(1.6));
    }

    [Fact]
    public async Task SendAsync_RetryAfterHeader_WaitsThatLong()
    {
        var time = new ManualTimeProvider(Start);
        var stub = new StubStorageHandler()
            .Answer(HttpStatusCode.TooManyRequests, headers: r => r.Headers.Add("Retry-After", "1"))
            .Answer(HttpStatusCode.Created);
        var queues = StorageTestClients.OverStub(stub, time).Queues;

        await RunAsync(time, queues.CreateIfNotExistsAsync("work-items"), TimeSpan.FromMilliseconds(100));

        Assert.Equal(2, stub.Requests.Count);
        Assert.Equal("Tue, 02 Dec 2025 10:00:01 GMT", stub.Requests[1].Header("x-ms-date"));
    }

    [Fact]
    public async Task SendAsync_AlwaysUnavailable_GivesUpAfterMaxRetriesWithTheServiceError()
    {
        var time = new ManualTimeProvider(Start);
        var stub = new StubStorageHandler();
        for (var i = 0; i < 3; i++)
        {
            stub.Error(HttpStatusCode.InternalServerError, "InternalError");
        }

        var queues = StorageTestClients.OverStub(stub, time).Queues;

        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => RunAsync(time, queues.CreateIfNotExistsAsync("work-items"), TimeSpan.FromMilliseconds(50)));

        Assert.Equal(3, stub.Requests.Count); // 1 + FastRetry.MaxRetries (2)
        Assert.Equal((500, "InternalError"), (error.Status, error.ErrorCode));
    }

    [Fact]
    public async Task SendAsync_ConnectionFailsEveryTime_ThrowsStorageRequestExceptionWithStatusZero()
    {
        var time = new ManualTimeProvider(Start);
        var stub = new StubStorageHandler();
        for (var i = 0; i < 3; i++)
        {
            stub.Throw(new HttpRequestException("Connection refused (127.0.0.1:10001)"));
        }

        var queues = StorageTestClients.OverStub(stub, time).Queues;

        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => RunAsync(time, queues.SendAsync("work-items", "x"), TimeSpan.FromMilliseconds(50)));

        Assert.Equal(3, stub.Requests.Count);
        Assert.Equal((0, null, "PutMessage"), (error.Status, error.ErrorCode, error.Operation));
        Assert.Contains("no answer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ConditionFailed_IsNotRetried()
    {
        var stub = new StubStorageHandler().Error(HttpStatusCode.PreconditionFailed, "ConditionNotMet");

        var result = await StorageTestClients.OverStub(stub).Blobs.PutAsync("state", "a.json", new byte[] { 1 }, BlobCondition.IfMatch("\"x\""));

        Assert.True(result.ConditionFailed);
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task SendAsync_CancelledWhileWaitingToRetry_ThrowsOperationCanceled()
    {
        var time = new ManualTimeProvider(Start);
        var stub = new StubStorageHandler().Error(HttpStatusCode.ServiceUnavailable, "ServerBusy").Answer(HttpStatusCode.Created);
        var queues = StorageTestClients.OverStub(stub, time).Queues;
        using var cancellation = new CancellationTokenSource();

        var call = queues.CreateIfNotExistsAsync("work-items", cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(stub.Requests);
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(400, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(412, false)]
    public void IsRetriableStatus_Status_RetriesOnlyTransientOnes(int status, bool expected) =>
        Assert.Equal(expected, StorageRetryPolicy.IsRetriableStatus(status));
}
