using Cooperation.BuildingBlocks.Data;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Testing;
using Dapper;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.CapacityBuilding.IntegrationTests;

/// <summary>One private broker and one private PostgreSQL cluster for the class.</summary>
public sealed class RealInfrastructure : IAsyncLifetime
{
    public RabbitMqBroker Broker { get; } = new();

    public PostgresServer Postgres { get; } = new();

    public async Task InitializeAsync() => await Task.WhenAll(Broker.InitializeAsync(), Postgres.InitializeAsync());

    public async Task DisposeAsync() => await Task.WhenAll(Broker.DisposeAsync(), Postgres.DisposeAsync());
}

/// <summary>
/// The working group's ProjectAgreed for capacity building, published twice on a real RabbitMQ to
/// the service on a real PostgreSQL database: one project, one inbox row.
/// </summary>
public sealed class ProjectAgreedOnTheBrokerTests(RealInfrastructure infrastructure) : IClassFixture<RealInfrastructure>
{
    [Fact]
    public async Task An_agreed_project_delivered_twice_becomes_one_project()
    {
        using var service = new CapacityBuildingOnRealInfrastructure(infrastructure, await infrastructure.Postgres.CreateDatabaseAsync("capacitybuilding"));
        service.StartServer();
        await service.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        var agreed = new ProjectAgreed
        {
            ProjectId = Guid.NewGuid(), Title = "Detection equipment for the green border", Summary = "Thermal cameras and training",
            Workstream = Workstream.CapacityBuilding, DecisionId = Guid.NewGuid(), CooperationAreas = ["border_security"],
            LeadAgencyIds = [Guid.NewGuid()], OccurredAt = DateTimeOffset.UtcNow,
        };
        var bus = service.Services.GetRequiredService<IBus>();

        // The same message twice, as a broker redelivery or a publisher's retry would send it.
        await bus.Publish(agreed, context => context.MessageId = agreed.EventId);
        await bus.Publish(agreed, context => context.MessageId = agreed.EventId);
        await Eventually.UntilAsync(() => CountAsync(service, "SELECT COUNT(*) FROM inbox_messages WHERE message_id = @Id", new { Id = agreed.EventId }),
            n => n == 1, "the agreement to be consumed");
        await Eventually.UntilAsync(() => service.Consumed >= 2, "both copies to be dealt with");

        Assert.Equal(1, await CountAsync(service, "SELECT COUNT(*) FROM projects WHERE id = @Id", new { Id = agreed.ProjectId }));
        Assert.Equal(1, await CountAsync(service, "SELECT COUNT(*) FROM inbox_messages WHERE message_id = @Id", new { Id = agreed.EventId }));
    }

    private static async Task<long> CountAsync(CapacityBuildingOnRealInfrastructure service, string sql, object args)
    {
        await using var connection = await service.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql, args);
    }
}

/// <summary>The capacity-building service with nothing replaced: its own PostgreSQL database and the real broker.</summary>
public sealed class CapacityBuildingOnRealInfrastructure(RealInfrastructure infrastructure, string databaseConnectionString)
    : WebApplicationFactory<Program>, IConsumeObserver
{
    private int _consumed;

    /// <summary>Deliveries the service finished, applied or recognised as already applied.</summary>
    public int Consumed => Volatile.Read(ref _consumed);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:capacitybuildingdb", databaseConnectionString);
        builder.UseSetting("ConnectionStrings:messaging", infrastructure.Broker.ConnectionString);
        builder.UseSetting("Authentication:Issuer", Cooperation.BuildingBlocks.Security.Development.DevelopmentTokenIssuer.Issuer);
        builder.UseSetting("Authentication:Audience", Cooperation.BuildingBlocks.Security.Development.DevelopmentTokenIssuer.DefaultAudience);
        builder.UseSetting("Authentication:SigningKeys:0", Cooperation.BuildingBlocks.Security.Development.DevelopmentSigningKey.Generate());
        builder.ConfigureTestServices(services => services.AddConsumeObserver(_ => this));
    }
}
