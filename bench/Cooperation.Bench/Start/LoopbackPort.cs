using System.Net.Sockets;

namespace Cooperation.Bench.Start;

internal static class LoopbackPort
{
    /// <summary>Whether something accepts a TCP connection on 127.0.0.1:<paramref name="port"/>.</summary>
    public static bool Accepts(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
