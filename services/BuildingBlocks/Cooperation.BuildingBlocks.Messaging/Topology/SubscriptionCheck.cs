using Cooperation.Contracts.Messages;
using Microsoft.Extensions.Hosting;

namespace Cooperation.BuildingBlocks.Messaging.Topology;

/// <summary>
/// Stops start-up when a consumer endpoint is missing from the subscription registry: publishers
/// would not declare its queue, and events published while it is down would be dropped.
/// </summary>
internal sealed class SubscriptionCheck(IEnumerable<InboxEndpoint> endpoints, IEnumerable<EventSubscription> extraSubscriptions) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var missing = Unlisted(endpoints, EventSubscriptions.All.Concat(extraSubscriptions)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                "Consumer endpoints missing from EventSubscriptions: "
                + string.Join(", ", missing.Select(e => $"(\"{e.Name}\", {e.MessageType.Name})")));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static IEnumerable<InboxEndpoint> Unlisted(IEnumerable<InboxEndpoint> endpoints, IEnumerable<EventSubscription> subscriptions)
    {
        var listed = subscriptions.ToHashSet();
        return endpoints.Where(e => !listed.Contains(new EventSubscription(e.Name, e.MessageType)));
    }
}
