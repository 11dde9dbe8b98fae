using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.AppHost.Database;

/// <summary>
/// Moves the private cluster's databases with their server. Aspire passes a parent's state to its
/// children only when the parent is a container, so without this a database would stay waiting,
/// and so would every service that waits for it.
/// </summary>
internal static class LocalDatabaseLifetime
{
    public static IResourceBuilder<LocalPostgresResource> WithDatabaseLifetime(this IResourceBuilder<LocalPostgresResource> server)
    {
        var eventing = server.ApplicationBuilder.Eventing;
        eventing.Subscribe<ResourceReadyEvent>(server.Resource, async (ready, cancellationToken) =>
        {
            await LocalDatabaseCreator.CreateMissingAsync(server.Resource, cancellationToken);
            // Running: the databases' own connection checks now decide when they are healthy.
            await PublishStateAsync(ready.Services, server.Resource, KnownResourceStates.Running);
        });
        eventing.Subscribe<ResourceStoppedEvent>(server.Resource, (stopped, _) =>
            PublishStateAsync(stopped.Services, server.Resource, KnownResourceStates.Exited));
        return server;
    }

    private static async Task PublishStateAsync(IServiceProvider services, LocalPostgresResource server, string state)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        foreach (var database in server.Databases)
        {
            await notifications.PublishUpdateAsync(database, snapshot => snapshot with
            {
                State = state,
                StartTimeStamp = state == KnownResourceStates.Running ? DateTime.UtcNow : snapshot.StartTimeStamp,
                StopTimeStamp = state == KnownResourceStates.Exited ? DateTime.UtcNow : null,
            });
        }
    }
}
