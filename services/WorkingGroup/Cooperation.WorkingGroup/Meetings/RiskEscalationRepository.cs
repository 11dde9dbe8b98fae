using Cooperation.BuildingBlocks.Data;
using Cooperation.Contracts.Messages.CapacityBuilding;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>Stores escalated risks and where they went on the agenda.</summary>
public sealed class RiskEscalationRepository
{
    private const string InsertSql = """
        INSERT INTO risk_escalations (event_id, project_id, project_title, risk_id, risk_event, score, reason, received_at, meeting_id)
        VALUES (@EventId, @ProjectId, @ProjectTitle, @RiskId, @RiskEvent, @Score, @Reason, @ReceivedAt, @MeetingId)
        ON CONFLICT (event_id) DO NOTHING
        """;

    // The next meeting is the earliest scheduled from today on; held so a concurrent agenda change waits.
    private const string NextScheduledSql = """
        SELECT id FROM meetings WHERE status = 'scheduled' AND scheduled_on >= @Today ORDER BY scheduled_on, id LIMIT 1 FOR UPDATE
        """;

    private const string PlacePendingSql = """
        WITH placed AS (
            UPDATE risk_escalations SET meeting_id = @MeetingId WHERE meeting_id IS NULL
            RETURNING event_id, project_id, project_title, risk_id, risk_event, score, reason, received_at)
        SELECT event_id AS EventId, project_id AS ProjectId, project_title AS ProjectTitle, risk_id AS RiskId, risk_event AS RiskEvent,
               score AS Score, reason AS Reason
        FROM placed ORDER BY received_at, event_id
        """;

    /// <summary>True when this call recorded the escalation; false when it had been recorded before.</summary>
    public async Task<bool> TryInsertAsync(IDbSession session, EscalatedRisk risk, DateTimeOffset receivedAt, Guid? meetingId) =>
        await session.ExecuteAsync(InsertSql, new
        {
            risk.EventId, risk.ProjectId, risk.ProjectTitle, risk.RiskId, risk.RiskEvent, risk.Score,
            Reason = StoredEnums.ToStored(risk.Reason), ReceivedAt = receivedAt, MeetingId = meetingId,
        }) == 1;

    /// <summary>The id of the next scheduled meeting, held until the unit of work ends; null when none is scheduled.</summary>
    public Task<Guid?> NextScheduledMeetingAsync(IDbSession session, DateOnly today) =>
        session.ExecuteScalarAsync<Guid?>(NextScheduledSql, new { Today = today });

    /// <summary>Places every waiting escalation on <paramref name="meetingId"/>'s agenda; answers them oldest first.</summary>
    public async Task<IReadOnlyList<EscalatedRisk>> PlacePendingAsync(IDbSession session, Guid meetingId) =>
        (await session.QueryAsync<EscalationRow>(PlacePendingSql, new { MeetingId = meetingId }))
            .Select(r => new EscalatedRisk(r.EventId, r.ProjectId, r.ProjectTitle, r.RiskId, r.RiskEvent, r.Score, StoredEnums.FromStored<RiskEscalationReason>(r.Reason)))
            .ToList();

    private sealed class EscalationRow
    {
        public Guid EventId { get; init; }
        public Guid ProjectId { get; init; }
        public string ProjectTitle { get; init; } = "";
        public Guid RiskId { get; init; }
        public string RiskEvent { get; init; } = "";
        public int Score { get; init; }
        public string Reason { get; init; } = "";
    }
}
