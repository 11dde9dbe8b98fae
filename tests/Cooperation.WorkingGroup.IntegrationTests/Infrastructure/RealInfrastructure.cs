using Cooperation.Testing;

namespace Cooperation.WorkingGroup.IntegrationTests.Infrastructure;

/// <summary>One private broker and one private PostgreSQL cluster for every test of the collection.</summary>
public sealed class RealInfrastructure : IAsyncLifetime
{
    public RabbitMqBroker Broker { get; } = new();

    public PostgresServer Postgres { get; } = new();

    public async Task InitializeAsync() => await Task.WhenAll(Broker.InitializeAsync(), Postgres.InitializeAsync());

    public async Task DisposeAsync() => await Task.WhenAll(Broker.DisposeAsync(), Postgres.DisposeAsync());
}

[CollectionDefinition(Name)]
public sealed class RealInfrastructureDefinition : ICollectionFixture<RealInfrastructure>
{
    public const string Name = "real broker and database";
}
