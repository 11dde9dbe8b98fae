using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Core;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.Training.Tests.Infrastructure;

/// <summary>
/// The training service with its transport as deployed: the real broker (a private one the test
/// starts) in place of MassTransit's harness, on a copy of the migrated template database.
/// </summary>
public sealed class TrainingOnRealBroker(RabbitMqBroker broker) : WebApplicationFactory<Program>
{
    private static readonly string SigningKey = DevelopmentSigningKey.Generate();
    private readonly TestDatabase _database = TrainingDatabase.Create();
    private GrpcChannel? _channel;

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Calls as the analyst, who reads the programme.</summary>
    public GrpcChannel Channel => _channel ??= GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = Server.CreateHandler(),
        Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("Authorization", $"Bearer {DevelopmentTokenIssuer.Create(DevelopmentTokenIssuer.DevelopmentEnvironment, SigningKey).Mint(Personas.Analyst)}");
            return Task.CompletedTask;
        })),
        UnsafeUseInsecureChannelCallCredentials = true,
    });

    /// <summary>Starts the service and waits until its bus is connected and its queues are declared.</summary>
    public static async Task<TrainingOnRealBroker> StartAsync(RabbitMqBroker broker)
    {
        var factory = new TrainingOnRealBroker(broker);
        factory.StartServer();
        await factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return factory;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:trainingdb", _database.ConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", broker.ConnectionString);
        builder.UseSetting("Authentication:Issuer", DevelopmentTokenIssuer.Issuer);
        builder.UseSetting("Authentication:Audience", DevelopmentTokenIssuer.DefaultAudience);
        builder.UseSetting("Authentication:SigningKeys:0", SigningKey);
    }

    protected override void Dispose(bool disposing)
    {
        _channel?.Dispose();
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
