using Cooperation.BuildingBlocks.Messaging.Topology;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.Projects;

namespace Cooperation.BuildingBlocks.Tests;

public sealed class SubscriptionCheckTests
{
    [Fact]
    public void A_consumer_endpoint_listed_for_its_event_passes()
    {
        var endpoints = new[] { new InboxEndpoint("working-group-project-commenced", typeof(ProjectCommenced)) };
        var subscriptions = new[] { new EventSubscription("working-group-project-commenced", typeof(ProjectCommenced)) };

        Assert.Empty(SubscriptionCheck.Unlisted(endpoints, subscriptions));
    }

    [Fact]
    public void A_consumer_endpoint_missing_from_the_registry_is_reported()
    {
        var endpoints = new[] { new InboxEndpoint("working-group-project-completed", typeof(ProjectCompleted)) };
        var subscriptions = new[] { new EventSubscription("working-group-project-completed", typeof(ProjectCommenced)) };

        Assert.Single(SubscriptionCheck.Unlisted(endpoints, subscriptions));
    }

    [Fact]
    public void Start_up_fails_naming_the_unlisted_endpoint()
    {
        var check = new SubscriptionCheck([new InboxEndpoint("nobody-lists-me", typeof(ProjectCommenced))], []);

        var error = Assert.Throws<InvalidOperationException>(() => check.StartAsync(CancellationToken.None).GetAwaiter().GetResult());

        Assert.Contains("nobody-lists-me", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_endpoints_are_unique_and_name_integration_events()
    {
        Assert.Equal(EventSubscriptions.All.Count, EventSubscriptions.All.Distinct().Count());
        Assert.All(EventSubscriptions.All, s => Assert.True(s.EventType.IsAssignableTo(typeof(IntegrationEvent)), s.EventType.Name));
    }
}
