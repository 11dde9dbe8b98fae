using System.Data.Common;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Testing;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Cooperation.BuildingBlocks.Tests.Infrastructure;

/// <summary>
/// A small service as production builds one: AddServiceDatabase (a real PostgreSQL database on the
/// run's shared cluster) + AddMessaging on the fixture's broker,
/// with the test consumers on endpoints the test names.
/// </summary>
public sealed class MessagingTestHost : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly IHost _host;

    private MessagingTestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public DeliveryLog Deliveries => Services.GetRequiredService<DeliveryLog>();

    public AttemptCounter FailingAttempts => Services.GetRequiredService<AttemptCounter>();

    public FirstAttemptFailures FirstAttemptFailures => Services.GetRequiredService<FirstAttemptFailures>();

    /// <summary>The connection string of a new, empty database; the host's start-up migrates it.</summary>
    public static async Task<string> NewDatabaseAsync() =>
        (await TestDatabases.CreateEmptyAsync("messaging")).ConnectionString;

    /// <summary>
    /// Builds and starts a host on <paramref name="database"/> (a connection string); endpoints that
    /// are null get no consumer. <paramref name="settings"/> override the <c>Messaging</c> defaults
    /// below; <paramref name="publishObserver"/> watches every publish of the host's bus.
    /// </summary>
    public static async Task<MessagingTestHost> StartAsync(
        RabbitMqBroker broker, string database, string? recordingEndpoint = null, string? failingEndpoint = null,
        IEnumerable<EventSubscription>? subscriptions = null, IReadOnlyDictionary<string, string?>? settings = null,
        IPublishObserver? publishObserver = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            ContentRootPath = Path.GetTempPath(),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:testdb"] = database,
            ["ConnectionStrings:messaging"] = broker.ConnectionString,
            ["Messaging:PollInterval"] = "00:00:01",
            ["Messaging:PublishTimeout"] = "00:00:02",
            ["Messaging:InitialBackoff"] = "00:00:00.200",
            ["Messaging:MaxBackoff"] = "00:00:01",
            ["Messaging:PendingAgeDegradedAfter"] = "00:00:01",
            ["Messaging:RetryIntervals:0"] = "00:00:00",
            ["Messaging:RetryIntervals:1"] = "00:00:00.050",
            ["Messaging:Redeliveries"] = "1",
            ["Messaging:RedeliveryDelay"] = "00:00:00.300",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<DeliveryLog>();
        builder.Services.AddSingleton<AttemptCounter>();
        builder.Services.AddSingleton<FirstAttemptFailures>();
        foreach (var subscription in subscriptions ?? [])
        {
            builder.Services.AddEventSubscription(subscription.Endpoint, subscription.EventType);
        }

        builder.AddServiceDatabase("testdb", typeof(MessagingTestHost).Assembly);
        builder.AddMessaging(bus =>
        {
            if (recordingEndpoint is not null)
            {
                bus.AddEventSubscription(recordingEndpoint, typeof(ProjectCommenced));
                bus.AddInboxConsumer<RecordingConsumer, ProjectCommenced>(recordingEndpoint);
            }

            if (failingEndpoint is not null)
            {
                bus.AddEventSubscription(failingEndpoint, typeof(ProjectCompleted));
                bus.AddInboxConsumer<FailingConsumer, ProjectCompleted>(failingEndpoint);
            }
        });

        var host = builder.Build();
        host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(host.Services.GetRequiredService<DeliveryLog>());
        if (publishObserver is not null)
        {
            host.Services.GetRequiredService<IBus>().ConnectPublishObserver(publishObserver);
        }

        using var timeout = new CancellationTokenSource(StartTimeout);
        await host.StartAsync(timeout.Token);
        // MassTransit starts its endpoints in the background; a test that publishes directly waits for them.
        var health = await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, StartTimeout);
        if (health != BusHealthStatus.Healthy)
        {
            throw new TimeoutException($"The bus was {health} {StartTimeout} after start.");
        }

        return new MessagingTestHost(host);
    }

    /// <summary>Commits one unit of work announcing <paramref name="events"/>.</summary>
    public async Task CommitAsync(params IntegrationEvent[] events)
    {
        await using var unitOfWork = await Services.GetRequiredService<IUnitOfWorkFactory>().BeginAsync("TestCommit", CancellationToken.None);
        foreach (var integrationEvent in events)
        {
            unitOfWork.Publish(integrationEvent);
        }

        await unitOfWork.CommitAsync();
    }

    /// <summary>Starts a unit of work announcing <paramref name="events"/> and disposes it without committing.</summary>
    public async Task RollBackAsync(params IntegrationEvent[] events)
    {
        await using var unitOfWork = await Services.GetRequiredService<IUnitOfWorkFactory>().BeginAsync("TestCommit", CancellationToken.None);
        foreach (var integrationEvent in events)
        {
            unitOfWork.Publish(integrationEvent);
        }
    }

    public Task PublishDirectlyAsync(IntegrationEvent integrationEvent, Guid messageId) =>
        Services.GetRequiredService<IBus>().Publish(integrationEvent, integrationEvent.GetType(), Pipe.Execute<PublishContext>(c => c.MessageId = messageId));

    public async Task<long> EffectCountAsync(Guid projectId)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM applied_effects WHERE project_id = @ProjectId", new { ProjectId = projectId });
    }

    /// <summary>
    /// Commits a warm-up event and waits until the relay has sent it. From then on the relay is past
    /// its topology declaration and in its loop, so a test that stops the broker next meets a
    /// publish, not a declaration that waits for the broker to come back.
    /// </summary>
    public async Task WaitUntilRelayingAsync()
    {
        await CommitAsync(TestEvents.Commenced());
        await Eventually.UntilAsync(UnsentCountAsync, n => n == 0, "the relay to send a first event");
    }

    public async Task<long> UnsentCountAsync()
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL");
    }

    public async Task<long> FailedAttemptsAsync()
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COALESCE(SUM(attempts), 0) FROM outbox_messages WHERE sent_at IS NULL");
    }

    public async Task<HealthStatus> OutboxHealthAsync()
    {
        var report = await Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "outbox");
        return report.Status;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }

    private Task<DbConnection> OpenAsync() => Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
}
