using Grpc.Net.Client;

namespace Cooperation.Bench.Load;

/// <summary>gRPC channels for a load, one HTTP/2 connection each.</summary>
internal sealed class Channels : IDisposable
{
    private readonly GrpcChannel[] _channels;

    public Channels(Uri address, int count) =>
        _channels = [.. Enumerable.Range(0, count).Select(_ => GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = false },
            MaxReceiveMessageSize = 16 * 1024 * 1024,
        }))];

    public GrpcChannel For(int slot) => _channels[slot % _channels.Length];

    public int Count => _channels.Length;

    public void Dispose()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
    }
}
