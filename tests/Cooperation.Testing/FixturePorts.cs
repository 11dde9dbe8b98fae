using System.Net;
using System.Net.Sockets;

namespace Cooperation.Testing;

/// <summary>Free loopback ports for the servers the fixtures start.</summary>
internal static class FixturePorts
{
    /// <summary>
    /// A port free now. Never one of 35672–35682: RabbitMQ's CLI tools take their own distribution
    /// ports from there, and a server listening there would take one from them (or they from it).
    /// </summary>
    public static int FreeTcpPort()
    {
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (port is < 35672 or > 35682)
            {
                return port;
            }
        }
    }
}
