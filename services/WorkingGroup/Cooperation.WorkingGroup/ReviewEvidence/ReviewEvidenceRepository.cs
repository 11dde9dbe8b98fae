using Cooperation.BuildingBlocks.Data;

namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>
/// Reads a review period's evidence in one command (one result set per part), and keeps each
/// assembled pack under its content hash so a review can name what it was decided on.
/// </summary>
internal sealed class ReviewEvidenceRepository
{
    // Held meetings' dates and cancelled ones' scheduled dates fall in the period; decisions and
    // action items are those of meetings held in the period; projects, open corrective actions and
    // open action items are every one as the pack is assembled.
    private const string EvidenceSql = """
        SELECT m.id AS MeetingId, m.held_on AS HeldOn, COUNT(a.official_id)::int AS Attendees, COUNT(DISTINCT a.agency_id)::int AS Agencies
        FROM meetings m LEFT JOIN meeting_attendees a ON a.meeting_id = m.id
        WHERE m.status = 'held' AND m.held_on BETWEEN @Start AND @End
        GROUP BY m.id, m.held_on
        ORDER BY m.held_on, m.id;

        SELECT COUNT(*)::int FROM meetings WHERE status = 'cancelled' AND scheduled_on BETWEEN @Start AND @End;

        SELECT d.id AS DecisionId, m.held_on AS HeldOn, d.text AS Text, d.binding AS Binding,
               (NOT d.binding OR d.confirmed_at IS NOT NULL) AS InForce
        FROM decisions d JOIN meetings m ON m.id = d.meeting_id
        WHERE m.held_on BETWEEN @Start AND @End
        ORDER BY m.held_on, d.recorded_at, d.id;

        SELECT COUNT(*) FILTER (WHERE m.held_on BETWEEN @Start AND @End)::int AS Raised,
               COUNT(*) FILTER (WHERE m.held_on BETWEEN @Start AND @End AND i.status = 'done')::int AS Done,
               COUNT(*) FILTER (WHERE m.held_on BETWEEN @Start AND @End AND i.status = 'done'
                                  AND (i.updated_at AT TIME ZONE 'UTC')::date <= i.due_on)::int AS DoneOnTime,
               COUNT(*) FILTER (WHERE i.status = 'open')::int AS Open,
               COUNT(*) FILTER (WHERE i.status = 'open' AND i.due_on < @End)::int AS Overdue
        FROM action_items i JOIN meetings m ON m.id = i.meeting_id;

        SELECT id AS ProjectId, title AS Title, workstream AS Workstream, status AS Status
        FROM project_proposals ORDER BY title, id;

        SELECT d.id AS DebriefId, d.operation_reference AS OperationReference, d.operation_date AS OperationDate,
               (SELECT COUNT(*) FROM debrief_agencies a WHERE a.debrief_id = d.id)::int AS Agencies,
               cardinality(d.multi_agency_lessons) AS Lessons,
               EXISTS (SELECT 1 FROM best_practice_notes n WHERE n.debrief_id = d.id) AS NotePublished
        FROM debriefs d
        WHERE d.operation_date BETWEEN @Start AND @End
        ORDER BY d.operation_date, d.id;

        SELECT c.id AS CorrectiveActionId, d.operation_reference AS OperationReference, c.description AS Description,
               c.owner_agency_id AS OwnerAgencyId, c.due_on AS DueOn, (c.due_on < @End) AS Overdue
        FROM corrective_actions c JOIN debriefs d ON d.id = c.debrief_id
        WHERE c.status = 'open'
        ORDER BY c.due_on, c.id;

        SELECT m.id AS MeasureId, c.title AS Criterion, m.name AS Name, m.unit AS Unit, m.baseline AS Baseline,
               m.target AS Target, m.direction AS Direction
        FROM success_measures m JOIN success_criteria c ON c.id = m.criterion_id
        ORDER BY c.title, m.name, m.id;

        SELECT (SELECT reviewed_on FROM statement_reviews WHERE reviewed_on <= @End ORDER BY reviewed_on DESC, recorded_at DESC LIMIT 1) AS LastReviewedOn,
               (SELECT outcome FROM statement_reviews WHERE reviewed_on <= @End ORDER BY reviewed_on DESC, recorded_at DESC LIMIT 1) AS LastOutcome,
               (SELECT COUNT(*) FROM statement_reviews WHERE reviewed_on <= @End)::int AS ReviewsRecorded;
        """;

    private const string InsertPackSql = """
        INSERT INTO review_evidence_packs (content_hash, period_start, period_end, document, pack, metrics_available, assembled_at)
        VALUES (@ContentHash, @PeriodStart, @PeriodEnd, @Document, @Pack, @MetricsAvailable, @AssembledAt)
        ON CONFLICT (content_hash) DO NOTHING
        """;

    private const string PackSql = """
        SELECT content_hash AS ContentHash, period_start AS PeriodStart, period_end AS PeriodEnd, document AS Document,
               pack AS Pack, metrics_available AS MetricsAvailable, assembled_at AS AssembledAt
        FROM review_evidence_packs WHERE content_hash = @ContentHash
        """;

    /// <summary>The period's evidence as stored here (measures without their values), in one command.</summary>
    public async Task<StoredEvidence> ReadAsync(IDbSession session, ReviewPeriod period)
    {
        using var results = await session.QueryMultipleAsync(EvidenceSql, new { period.Start, period.End });
        var meetings = (await results.ReadAsync<HeldMeetingFact>()).ToList();
        var cancelled = await results.ReadSingleAsync<int>();
        var decisions = (await results.ReadAsync<DecisionFact>()).ToList();
        var actionItems = await results.ReadSingleAsync<ActionItemFacts>();
        var projects = (await results.ReadAsync<ProjectFact>()).ToList();
        var debriefs = (await results.ReadAsync<DebriefFact>()).ToList();
        var open = (await results.ReadAsync<OpenCorrectiveActionFact>()).ToList();
        var measures = (await results.ReadAsync<MeasureRow>()).ToList();
        var prior = await results.ReadSingleAsync<PriorReviewFacts>();
        return new StoredEvidence(meetings, cancelled, decisions, actionItems, projects, debriefs, open, measures, prior);
    }

    /// <summary>Keeps the pack; an identical pack (same hash) assembled before is kept as it was.</summary>
    public Task AddAsync(IDbSession session, StoredPack pack) => session.ExecuteAsync(InsertPackSql, pack);

    public Task<StoredPack?> FindAsync(IDbSession session, string contentHash) =>
        session.QuerySingleOrDefaultAsync<StoredPack>(PackSql, new { ContentHash = contentHash });

    internal sealed record StoredEvidence(
        IReadOnlyList<HeldMeetingFact> Meetings,
        int MeetingsCancelled,
        IReadOnlyList<DecisionFact> Decisions,
        ActionItemFacts ActionItems,
        IReadOnlyList<ProjectFact> Projects,
        IReadOnlyList<DebriefFact> Debriefs,
        IReadOnlyList<OpenCorrectiveActionFact> OpenCorrectiveActions,
        IReadOnlyList<MeasureRow> Measures,
        PriorReviewFacts PriorReviews);

    internal sealed record MeasureRow(Guid MeasureId, string Criterion, string Name, string Unit, decimal Baseline, decimal Target, string Direction)
    {
        public MeasureFact WithValue(MeasureValue value) => new(MeasureId, Criterion, Name, Unit, Baseline, Target, Direction, value);
    }
}

/// <summary>An assembled pack as kept: its document, the wire form of its parts, and when it was first assembled.</summary>
internal sealed record StoredPack(
    string ContentHash, DateOnly PeriodStart, DateOnly PeriodEnd, string Document, string Pack, bool MetricsAvailable, DateTimeOffset AssembledAt);
