using Cooperation.Testing;

namespace Cooperation.Deployment.Tests.Broker;

/// <summary>One three-node cluster for every broker drill: forming it is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrokerCluster : ICollectionFixture<RabbitMqCluster>
{
    public const string Name = "RabbitMQ cluster";
}
