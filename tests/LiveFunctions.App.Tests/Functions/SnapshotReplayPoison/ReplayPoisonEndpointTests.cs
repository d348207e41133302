using System.Net;
using System.Text.Json;
using LiveFunctions.App.Functions.SnapshotCallback;
using LiveFunctions.App.Tests.Functions.SnapshotCallback;
using LiveFunctions.App.Tests.TestSupport;
using LiveFunctions.Core.Callbacks.Intake;
using LiveFunctions.Core.Storage;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.App.Tests.Functions.SnapshotReplayPoison;

/// <summary><c>POST /api/callbacks/snapshot/replay-poison</c> over HTTP against a real Azurite.</summary>
[Collection(SnapshotAzuriteCollection.Name)]
public sealed class ReplayPoisonEndpointTests(AzuriteFixture azurite)
{
    private Task<TestApp> StartAsync() =>
        TestApp.StartAsync(underHost: true, a => a.MapSnapshotFunctions(), new Dictionary<string, string?> { ["AzureWebJobsStorage"] = azurite.ConnectionString },
            services => services.AddSnapshotFunctions());

    private static async Task EmptyAsync(StorageQueues queues, string queue)
    {
        await queues.CreateIfNotExistsAsync(queue);
        IReadOnlyList<QueueMessage> batch;
        while ((batch = await queues.ReceiveAsync(queue, 32, TimeSpan.FromMinutes(1))).Count > 0)
        {
            foreach (var message in batch)
            {
                await queues.DeleteAsync(queue, message.MessageId, message.PopReceipt!);
            }
        }
    }

    [Fact]
    public async Task Post_WithMax_MovesThatManyAndAnswersTheCounts()
    {
        await using var app = await StartAsync();
        var queues = app.App.Services.GetRequiredService<StorageQueues>();
        await EmptyAsync(queues, SnapshotCallbackIntake.QueueName);
        await EmptyAsync(queues, SnapshotCallbackIntake.PoisonQueueName);
        for (var i = 0; i < 3; i++)
        {
            await queues.SendAsync(SnapshotCallbackIntake.PoisonQueueName, $"{{\"n\":{i}}}");
        }

        using var response = await app.Client.PostAsync("/api/callbacks/snapshot/replay-poison?max=2", null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body.RootElement.GetProperty("Replayed").GetInt32());
        Assert.Equal(1, body.RootElement.GetProperty("Remaining").GetInt32());
        Assert.Equal(2, await queues.GetApproximateCountAsync(SnapshotCallbackIntake.QueueName));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("all")]
    public async Task Post_BadMax_Answers400(string max)
    {
        await using var app = await StartAsync();

        using var response = await app.Client.PostAsync("/api/callbacks/snapshot/replay-poison?max=" + max, null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidMax.Malformed", body.RootElement.GetProperty("Code").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("RequestId").GetString()));
    }
}
