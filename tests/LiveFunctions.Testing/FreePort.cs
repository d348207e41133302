using System.Net;
using System.Net.Sockets;

namespace LiveFunctions.Testing;

/// <summary>Finds loopback TCP ports that are free now, so parallel test runs never collide on fixed ports.</summary>
public static class FreePort
{
    /// <summary>A port on 127.0.0.1 that nothing listens on at the moment of the call.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
