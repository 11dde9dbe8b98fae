using Cooperation.BuildingBlocks.Messaging.Topology;

namespace Cooperation.Deployment.Tests.Broker;

/// <summary>The broker's connection string names one node or a cluster's nodes, and never leaks its password in an error.</summary>
public sealed class BrokerAddressTests
{
    [Fact]
    public void A_single_node_address_is_one_node_with_its_credentials_and_virtual_host()
    {
        var address = BrokerAddress.Parse("amqp://guest:guest@127.0.0.1:5270/");

        Assert.False(address.IsCluster);
        Assert.Equal(new BrokerNode("127.0.0.1", 5270), Assert.Single(address.Nodes));
        Assert.Equal("guest:guest", address.Uri.UserInfo);
    }

    [Fact]
    public void A_cluster_address_lists_every_node_in_order_and_the_uri_names_the_first()
    {
        var address = BrokerAddress.Parse("amqp://app:s3cret@rabbit-0:5672,rabbit-1,rabbit-2:5673/cooperation");

        Assert.True(address.IsCluster);
        Assert.Equal([new BrokerNode("rabbit-0", 5672), new BrokerNode("rabbit-1", 5672), new BrokerNode("rabbit-2", 5673)], address.Nodes);
        Assert.Equal("rabbit-0", address.Uri.Host);
        Assert.Equal("/cooperation", address.Uri.AbsolutePath);
        Assert.Equal(["rabbit-0", "rabbit-1", "rabbit-2"], address.Endpoints.Select(e => e.HostName));
    }

    [Theory]
    [InlineData("rabbit-0:5672")]
    [InlineData("amqp://app:s3cret@/")]
    [InlineData("amqp://app:s3cret@rabbit-0:port/")]
    public void A_malformed_address_is_refused_without_repeating_it(string connectionString)
    {
        var error = Assert.Throws<FormatException>(() => BrokerAddress.Parse(connectionString));
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }
}
