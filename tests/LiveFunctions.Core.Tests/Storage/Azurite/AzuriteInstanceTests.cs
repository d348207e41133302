using System.Net.Sockets;
using LiveFunctions.Testing.Azurite;

namespace LiveFunctions.Core.Tests.Storage.Azurite;

/// <summary>The launcher itself: random ports read from Azurite's output, and nothing left listening after dispose.</summary>
public sealed class AzuriteInstanceTests
{
    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [Fact]
    public async Task StartAsync_ThenDispose_ListensOnReportedPortsThenStops()
    {
        var instance = await AzuriteInstance.StartAsync();
        int[] ports = [instance.BlobPort, instance.QueuePort, instance.TablePort];
        try
        {
            Assert.Equal(3, ports.Distinct().Count());
            Assert.All(ports, p => Assert.InRange(p, 1, 65535));
            foreach (var port in ports)
            {
                Assert.True(await ListensAsync(port), $"nothing listens on {port}");
            }

            Assert.Contains($"BlobEndpoint=http://127.0.0.1:{instance.BlobPort}/devstoreaccount1;", instance.ConnectionString, StringComparison.Ordinal);
            Assert.Contains($"QueueEndpoint=http://127.0.0.1:{instance.QueuePort}/devstoreaccount1;", instance.ConnectionString, StringComparison.Ordinal);
            Assert.Contains("successfully listening", instance.Output, StringComparison.Ordinal);
        }
        finally
        {
            await instance.DisposeAsync();
        }

        foreach (var port in ports)
        {
            Assert.False(await ListensAsync(port), $"port {port} still listens after dispose");
        }
    }
}
