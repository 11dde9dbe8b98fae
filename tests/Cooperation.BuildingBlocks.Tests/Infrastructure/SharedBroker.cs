using Cooperation.Testing;

namespace Cooperation.BuildingBlocks.Tests.Infrastructure;

/// <summary>The tests that share one private broker (and run one after another, as one test stops it).</summary>
[CollectionDefinition(Name)]
public sealed class SharedBroker : ICollectionFixture<RabbitMqBroker>
{
    public const string Name = "RabbitMQ broker";
}
