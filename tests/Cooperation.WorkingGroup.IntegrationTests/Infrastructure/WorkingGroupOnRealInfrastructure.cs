using Cooperation.Testing;
using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Core;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.IntegrationTests.Infrastructure;

/// <summary>
/// The working-group service with nothing replaced: its own PostgreSQL database and the real
/// broker. Calls go in over gRPC with a development-style token signed by a test-only key.
/// </summary>
public sealed class WorkingGroupOnRealInfrastructure(RealInfrastructure infrastructure, string databaseConnectionString)
    : WebApplicationFactory<Program>
{
    /// <summary>A queue bound like a consumer's, that nothing consumes: the test reads what reached it.</summary>
    public const string ProbeQueue = "integration-test-probe";

    private static readonly string SigningKey = DevelopmentSigningKey.Generate();
    private readonly Dictionary<string, GrpcChannel> _channels = [];

    public ConsumeCounter Consumed => Services.GetRequiredService<ConsumeCounter>();

    public string DatabaseConnectionString => databaseConnectionString;

    /// <summary>Calls as the UK co-chair.</summary>
    public GrpcChannel Channel => ChannelFor("uk-co-chair");

    /// <summary>Calls as one of the development personas ("bg-co-chair", "uk-project-lead", …).</summary>
    public GrpcChannel ChannelFor(string persona)
    {
        if (!_channels.TryGetValue(persona, out var channel))
        {
            channel = CreateChannel(persona);
            _channels[persona] = channel;
        }

        return channel;
    }

    public static async Task<WorkingGroupOnRealInfrastructure> StartAsync(RealInfrastructure infrastructure)
    {
        var factory = new WorkingGroupOnRealInfrastructure(infrastructure, await infrastructure.Postgres.CreateDatabaseAsync("workinggroup"));
        factory.StartServer();
        // The bus is up and every subscriber queue is declared before the host reports started.
        await factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return factory;
    }

    private GrpcChannel CreateChannel(string persona)
    {
        var token = DevelopmentTokenIssuer.Create(DevelopmentTokenIssuer.DevelopmentEnvironment, SigningKey).Mint(persona);
        return GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = Server.CreateHandler(),
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", $"Bearer {token}");
                return Task.CompletedTask;
            })),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:workinggroupdb", databaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", infrastructure.Broker.ConnectionString);
        builder.UseSetting("Authentication:Issuer", DevelopmentTokenIssuer.Issuer);
        builder.UseSetting("Authentication:Audience", DevelopmentTokenIssuer.DefaultAudience);
        builder.UseSetting("Authentication:SigningKeys:0", SigningKey);
        // These tests never call another service; the identity is only needed to start.
        foreach (var (key, value) in PlaceholderServiceClient.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ConsumeCounter>();
            services.AddConsumeObserver(provider => provider.GetRequiredService<ConsumeCounter>());
            services.AddEventSubscription(ProbeQueue, typeof(Contracts.Messages.WorkingGroup.WorkingGroupEstablished));
        });
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        base.Dispose(disposing);
    }
}
