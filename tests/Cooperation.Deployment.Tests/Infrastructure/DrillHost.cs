using System.Data.Common;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Messaging.Inbox;
using Cooperation.Contracts.Messages.Projects;
using Dapper;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cooperation.Deployment.Tests.Infrastructure;

/// <summary>
/// One replica of a small service built as production builds one (AddServiceDatabase +
/// AddMessaging, its consumer behind the inbox), on the database and broker connection strings the
/// drill gives it: a multi-host PostgreSQL string, a multi-node broker string, or none (in-memory bus).
/// </summary>
public sealed class DrillHost : IAsyncDisposable
{
    public const string Endpoint = "drill-project-commenced";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private const string WriteSql = "INSERT INTO drill_writes (project_id, written_at) VALUES (@ProjectId, now())";

    private readonly IHost _host;

    private DrillHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <summary>Starts a replica; with <paramref name="log"/>, its bus and relay log there (as <paramref name="name"/>) and nowhere else.</summary>
    public static async Task<DrillHost> StartAsync(string database, string? broker, bool consume, DrillLog? log = null, string name = "replica")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = "Testing",
            ContentRootPath = Path.GetTempPath(),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:drilldb"] = database,
            ["ConnectionStrings:messaging"] = broker,
            ["Messaging:PollInterval"] = "00:00:00.500",
            ["Messaging:PublishTimeout"] = "00:00:03",
            ["Messaging:ClaimLease"] = "00:00:10",
            ["Messaging:InitialBackoff"] = "00:00:00.200",
            ["Messaging:MaxBackoff"] = "00:00:01",
            ["Messaging:RetryIntervals:0"] = "00:00:00.100",
            ["Messaging:RetryIntervals:1"] = "00:00:00.500",
            ["Messaging:RetryIntervals:2"] = "00:00:01",
            // The drills fail connections on purpose; the relay's and the bus's retries would flood the output.
            ["Logging:LogLevel:Default"] = log is null ? "Critical" : "Warning",
            ["Logging:LogLevel:MassTransit"] = log is null ? "Critical" : "Debug",
            ["Logging:LogLevel:Cooperation.BuildingBlocks.Messaging"] = log is null ? "Critical" : "Debug",
        });
        if (log is not null)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(log.For(name));
        }

        builder.Services.AddEventSubscription(Endpoint, typeof(ProjectCommenced));
        builder.AddServiceDatabase("drilldb", typeof(DrillHost).Assembly);
        builder.AddMessaging(bus =>
        {
            if (consume)
            {
                bus.AddInboxConsumer<DrillConsumer, ProjectCommenced>(Endpoint);
            }
        });

        var host = builder.Build();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await host.StartAsync(timeout.Token);
        var health = await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, StartTimeout);
        if (health != BusHealthStatus.Healthy)
        {
            throw new TimeoutException($"The bus was {health} {StartTimeout} after start.");
        }

        return new DrillHost(host);
    }

    /// <summary>One unit of work: the write's row and its ProjectCommenced event commit together.</summary>
    public async Task WriteAsync(Guid projectId, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await Services.GetRequiredService<IUnitOfWorkFactory>().BeginAsync("DrillWrite", cancellationToken);
        await unitOfWork.ExecuteAsync(WriteSql, new { ProjectId = projectId });
        unitOfWork.Publish(new ProjectCommenced
        {
            ProjectId = projectId,
            Workstream = Workstream.Training,
            CommencedOn = new DateOnly(2026, 1, 1),
            OccurredAt = DateTimeOffset.UtcNow,
        });
        await unitOfWork.CommitAsync();
    }

    public async Task<DrillCounts> CountAsync()
    {
        await using var connection = await Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        return await connection.QuerySingleAsync<DrillCounts>("""
            SELECT (SELECT COUNT(*) FROM drill_writes) AS Writes,
                   (SELECT COUNT(*) FROM outbox_messages) AS OutboxRows,
                   (SELECT COUNT(*) FROM outbox_messages WHERE sent_at IS NULL) AS Unsent,
                   (SELECT COUNT(DISTINCT project_id) FROM drill_effects) AS Applied,
                   (SELECT COUNT(*) - COUNT(DISTINCT project_id) FROM drill_effects) AS Duplicates
            """);
    }

    /// <summary>The projects among <paramref name="projectIds"/> whose write is in the database.</summary>
    public async Task<IReadOnlySet<Guid>> WrittenAsync(IReadOnlyCollection<Guid> projectIds) =>
        await QueryIdsAsync("SELECT project_id FROM drill_writes WHERE project_id = ANY(@Ids)", projectIds);

    /// <summary>The projects among <paramref name="projectIds"/> whose event has been applied.</summary>
    public async Task<IReadOnlySet<Guid>> AppliedAsync(IReadOnlyCollection<Guid> projectIds) =>
        await QueryIdsAsync("SELECT DISTINCT project_id FROM drill_effects WHERE project_id = ANY(@Ids)", projectIds);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }

    private async Task<IReadOnlySet<Guid>> QueryIdsAsync(string sql, IReadOnlyCollection<Guid> projectIds)
    {
        await using DbConnection connection = await Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        return (await connection.QueryAsync<Guid>(sql, new { Ids = projectIds.ToArray() })).ToHashSet();
    }
}

/// <summary>What the drill's database holds: writes, their outbox rows, applied events and doubled effects.</summary>
public sealed record DrillCounts(long Writes, long OutboxRows, long Unsent, long Applied, long Duplicates);
