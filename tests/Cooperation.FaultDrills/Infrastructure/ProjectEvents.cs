using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Contracts.Messages;
using Cooperation.Testing;
using Dapper;
using Npgsql;

namespace Cooperation.FaultDrills.Infrastructure;

/// <summary>
/// The change the drills make in bulk and the rows they count on both sides: a proposed project
/// in the working group (its row, its audit record and its ProjectStatusChanged in the outbox, in
/// one transaction), and in metrics that event's inbox row and the audit record of its effect.
/// </summary>
public static class ProjectEvents
{
    /// <summary>The metrics queue the working group's ProjectStatusChanged reaches.</summary>
    public const string MetricsQueue = MetricsEndpoints.ProjectStatusChanged;

    private const string EventTypeFilter = "message_type LIKE '%ProjectStatusChanged'";

    /// <summary>The lead agency every proposed project names (the UK co-chair's own agency).</summary>
    public static async Task AddLeadAgencyAsync(string workingGroupDatabase)
    {
        await using var connection = DrillDatabase.Open(workingGroupDatabase);
        await connection.ExecuteAsync("""
            INSERT INTO agencies (id, participant, name_en, name_bg, kind, created_at)
            VALUES (@Id, 'UK', 'Home Office', 'Home Office', 'police', '2023-11-13T09:00:00.0000000Z')
            ON CONFLICT (id) DO NOTHING
            """, new { Id = DevelopmentPersonas.UkHomeOffice });
    }

    /// <summary>The producer's side: committed projects, their events, and those events still unsent.</summary>
    public static async Task<ProducerRows> ProducerAsync(string workingGroupDatabase)
    {
        await using var connection = DrillDatabase.Open(workingGroupDatabase);
        var projects = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM project_proposals");
        var events = (await connection.QueryAsync<Guid>($"SELECT message_id FROM outbox_messages WHERE {EventTypeFilter}")).ToList();
        var unsent = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM outbox_messages WHERE {EventTypeFilter} AND sent_at IS NULL");
        var audited = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_records WHERE operation = 'ProposeProject'");
        return new ProducerRows(projects, events, unsent, audited);
    }

    /// <summary>The consumer's side, for the events in <paramref name="eventIds"/> only.</summary>
    public static async Task<ConsumerRows> ConsumerAsync(string metricsDatabase, IReadOnlyCollection<Guid> eventIds)
    {
        await using var connection = DrillDatabase.Open(metricsDatabase);
        var ids = eventIds.ToArray();
        var inbox = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM inbox_messages WHERE endpoint = @Endpoint AND message_id = ANY(@Ids)", new { Endpoint = MetricsQueue, Ids = ids });
        // Each applied event leaves one audit record naming it; a second effect would leave a second.
        var effects = (await connection.QueryAsync<long>(
            "SELECT COUNT(*) FROM audit_records WHERE resource_type = 'InboxMessage' AND resource_id = ANY(@Ids) GROUP BY resource_id",
            new { Ids = ids.Select(id => id.ToString()).ToArray() })).ToList();
        return new ConsumerRows(inbox, effects.Count, effects.Sum(n => Math.Max(0, n - 1)));
    }

    /// <summary>
    /// Waits until every event the producer committed has had its effect in the consumer; at the
    /// deadline it returns the counts as they stand, so the drill reports what was lost.
    /// </summary>
    public static Task<(ProducerRows Producer, ConsumerRows Consumer)> UntilAllAppliedAsync(
        string workingGroupDatabase, string metricsDatabase, TimeSpan timeout) =>
        Eventually.LastValueAsync(
            async () =>
            {
                var producer = await ProducerAsync(workingGroupDatabase);
                return (Producer: producer, Consumer: await ConsumerAsync(metricsDatabase, producer.EventIds));
            },
            rows => rows.Producer.Unsent == 0 && rows.Consumer.Inbox == rows.Producer.EventIds.Count,
            timeout);
}

/// <summary>Rows in the working group: projects, their ProjectStatusChanged event ids, events unsent, ProposeProject audit records.</summary>
public sealed record ProducerRows(long Projects, IReadOnlyList<Guid> EventIds, long Unsent, long Audited);

/// <summary>Rows in metrics for the producer's events: inbox rows, events with an effect, and effects beyond the first.</summary>
public sealed record ConsumerRows(long Inbox, long Applied, long ExtraEffects);
