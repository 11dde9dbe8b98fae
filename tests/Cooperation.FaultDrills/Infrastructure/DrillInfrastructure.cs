using Cooperation.Testing;

namespace Cooperation.FaultDrills.Infrastructure;

/// <summary>
/// One private broker and one private PostgreSQL cluster for every drill: the drills run one after
/// another in this collection, and a drill that crashes either brings it back before it ends. Each
/// drill makes databases of its own, and counts only the events its own producer wrote, so what an
/// earlier drill left on a queue cannot change its figures.
/// </summary>
public sealed class DrillInfrastructure : IAsyncLifetime
{
    public RabbitMqBroker Broker { get; } = new();

    // Durable commits: the database drill crashes the server, and an acknowledged commit must survive that.
    public PostgresServer Postgres { get; } = new(durableCommits: true);

    public async Task InitializeAsync() => await Task.WhenAll(Broker.InitializeAsync(), Postgres.InitializeAsync());

    public async Task DisposeAsync() => await Task.WhenAll(Broker.DisposeAsync(), Postgres.DisposeAsync());
}

[CollectionDefinition(Name)]
public sealed class DrillsDefinition : ICollectionFixture<DrillInfrastructure>
{
    public const string Name = "fault drills";
}
