using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.Testing;
using Cooperation.WorkingGroup.IntegrationTests.Infrastructure;
using Dapper;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.IntegrationTests;

/// <summary>
/// What the service promises about its events, held on a real broker and a real PostgreSQL
/// database: each committed change announces itself once, and a consumed event applies once.
/// </summary>
[Collection(RealInfrastructureDefinition.Name)]
public sealed class EventsOnTheBrokerTests(RealInfrastructure infrastructure) : IAsyncLifetime
{
    private WorkingGroupOnRealInfrastructure _service = null!;

    public async Task InitializeAsync() => _service = await WorkingGroupOnRealInfrastructure.StartAsync(infrastructure);

    public Task DisposeAsync()
    {
        _service.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Establishing_the_group_publishes_WorkingGroupEstablished_once_to_the_broker()
    {
        var client = new WorkingGroupService.WorkingGroupServiceClient(_service.Channel);

        await client.EstablishWorkingGroupAsync(new EstablishWorkingGroupRequest { EstablishedOn = WireDate.ToWire(new DateOnly(2023, 12, 1)) });

        // The relay stamps the row only after the broker confirmed it; then exactly one copy waits in the probe.
        await Eventually.UntilAsync(
            () => ScalarAsync<string>("SELECT COUNT(*) || ' unsent; last error: ' || COALESCE(MAX(last_error), 'none') FROM outbox_messages WHERE sent_at IS NULL"),
            state => state.StartsWith("0 ", StringComparison.Ordinal), "the outbox to drain");
        var delivered = await Eventually.UntilAsync(
            () => RabbitMqQueues.MessageCountAsync(infrastructure.Broker.ConnectionString, WorkingGroupOnRealInfrastructure.ProbeQueue),
            n => n >= 1, "WorkingGroupEstablished to reach the probe queue");
        Assert.Equal(1u, delivered);
    }

    [Fact]
    public async Task A_duplicated_ProjectCommenced_has_one_effect()
    {
        var projectId = await SeedAgreedProjectAsync();
        var bus = _service.Services.GetRequiredService<IBus>();
        var commenced = new ProjectCommenced
        {
            ProjectId = projectId,
            Workstream = Workstream.Training,
            CommencedOn = new DateOnly(2024, 3, 1),
            OccurredAt = DateTimeOffset.UtcNow,
        };

        // The same message twice, as a broker redelivery or a publisher's retry would send it.
        await bus.Publish(commenced, context => context.MessageId = commenced.EventId);
        await bus.Publish(commenced, context => context.MessageId = commenced.EventId);
        await Eventually.UntilAsync(() => _service.Consumed.Finished<ProjectCommenced>() >= 2, "both copies to be consumed");

        Assert.Equal("commenced", await ScalarAsync<string>("SELECT status FROM project_proposals WHERE id = @Id", new { Id = projectId }));
        Assert.Equal(1, await CountAsync(
            "SELECT COUNT(*) FROM inbox_messages WHERE message_id = @Id", new { Id = commenced.EventId }));
        Assert.Equal(1, await CountAsync(
            "SELECT COUNT(*) FROM outbox_messages WHERE message_type LIKE '%ProjectStatusChanged' AND body::text LIKE '%commenced%'"));
    }

    private async Task<Guid> SeedAgreedProjectAsync()
    {
        var id = Guid.NewGuid();
        await using var connection = await _service.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO project_proposals (id, title, summary, workstream, status, decision_id, proposed_at, agreed_at, updated_at)
            VALUES (@Id, 'Document fraud course', 'Training for border officers', 'training', 'agreed', NULL,
                    '2024-01-10T09:00:00.0000000Z', '2024-01-20T09:00:00.0000000Z', '2024-01-20T09:00:00.0000000Z')
            """, new { Id = id });
        return id;
    }

    private async Task<long> CountAsync(string sql, object? args = null) => await ScalarAsync<long>(sql, args);

    private async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await _service.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, args) ?? throw new InvalidOperationException($"No value for: {sql}");
    }
}
