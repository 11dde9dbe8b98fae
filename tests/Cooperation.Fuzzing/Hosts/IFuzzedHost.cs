using Google.Protobuf;
using Grpc.Net.Client;

namespace Cooperation.Fuzzing.Hosts;

/// <summary>What the fuzzer needs of a hosted service: channels per persona and its database.</summary>
public interface IFuzzedHost : IServiceHost
{
    string ServiceName { get; }

    string ConnectionString { get; }

    GrpcChannel ChannelFor(string persona);

    /// <summary>Makes the records a service cannot get from its own API's plausible requests; the fuzzer learns ids from the answers.</summary>
    Task<IReadOnlyList<IMessage>> SeedAsync();
}
