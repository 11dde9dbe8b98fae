using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Net.Client;

namespace Cooperation.Testing;

/// <summary>
/// A service hosted in process for tests (every service's <c>WebApplicationFactory</c> is one), so
/// the readers of its outbox and audit trail are written once for every service.
/// </summary>
public interface IServiceHost
{
    IServiceProvider Services { get; }

    /// <summary>A channel to the service that calls as a co-chair.</summary>
    GrpcChannel Channel { get; }

    /// <summary>A channel with no token at all.</summary>
    GrpcChannel AnonymousChannel { get; }

    /// <summary>A channel that calls as a persona the test makes up.</summary>
    GrpcChannel ChannelFor(DevelopmentPersona persona);
}
