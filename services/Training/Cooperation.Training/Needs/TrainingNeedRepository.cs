using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Needs;

/// <summary>
/// The register of needs, their linked activities and their coverage. Coverage (see
/// <see cref="NeedCoverage"/>) is computed in SQL from the completion's and sign-up's tables: the
/// distinct officials of the need's agency whose booking on an event of a linked activity was
/// assessed as completed, capped at the headcount. A get or a page is two queries whatever its size.
/// </summary>
public sealed class TrainingNeedRepository
{
    // The officials of the need's agency who completed an activity linked to it.
    private const string TrainedSql = """
        (SELECT count(DISTINCT b.official_id)::int
         FROM training_need_activities l
         JOIN training_events e ON e.activity_id = l.activity_id
         JOIN completions c ON c.event_id = e.id AND c.completed
         JOIN bookings b ON b.id = c.booking_id
         WHERE l.need_id = n.id AND b.agency_id = n.agency_id)
        """;

    private const string Columns = $"""
        n.id AS {nameof(NeedRow.Id)}, n.theme AS {nameof(NeedRow.Theme)}, n.participant AS {nameof(NeedRow.Participant)},
        n.agency_id AS {nameof(NeedRow.AgencyId)}, n.headcount AS {nameof(NeedRow.Headcount)},
        n.target_proficiency AS {nameof(NeedRow.TargetProficiency)}, n.urgency AS {nameof(NeedRow.Urgency)}, n.source AS {nameof(NeedRow.Source)},
        n.decision_id AS {nameof(NeedRow.DecisionId)}, n.registered_by AS {nameof(NeedRow.RegisteredBy)},
        n.registered_at AS {nameof(NeedRow.RegisteredAt)}, LEAST(n.headcount, {TrainedSql}) AS {nameof(NeedRow.CoveredCount)}
        """;

    private const string GetSql = $"""
        SELECT {Columns} FROM training_needs n WHERE n.id = @Id;
        SELECT need_id AS {nameof(LinkRow.NeedId)}, activity_id AS {nameof(LinkRow.ActivityId)}
        FROM training_need_activities WHERE need_id = @Id ORDER BY linked_at, activity_id;
        """;

    private const string ListSql = $"""
        SELECT * FROM (
            SELECT {Columns} FROM training_needs n
            WHERE (@Theme::text IS NULL OR n.theme = @Theme)
              AND (@Participant::text IS NULL OR n.participant = @Participant)
              AND (@AgencyId::uuid IS NULL OR n.agency_id = @AgencyId)) page
        WHERE NOT @UncoveredOnly OR page.{nameof(NeedRow.CoveredCount)} < page.{nameof(NeedRow.Headcount)}
        ORDER BY page.{nameof(NeedRow.RegisteredAt)}, page.{nameof(NeedRow.Id)} LIMIT @Limit OFFSET @Offset
        """;

    private const string LinksOfSql = $"""
        SELECT need_id AS {nameof(LinkRow.NeedId)}, activity_id AS {nameof(LinkRow.ActivityId)}
        FROM training_need_activities WHERE need_id = ANY(@Ids) ORDER BY linked_at, activity_id
        """;

    private const string LockSql = "SELECT id FROM training_needs WHERE id = @Id FOR UPDATE";

    private const string InsertSql = """
        INSERT INTO training_needs (id, theme, participant, agency_id, headcount, target_proficiency, urgency, source, decision_id,
                                    registered_by, registered_at)
        VALUES (@Id, @Theme, @Participant, @AgencyId, @Headcount, @TargetProficiency, @Urgency, @Source, @DecisionId,
                @RegisteredBy, @RegisteredAt)
        """;

    private const string ActivityExistsSql = "SELECT EXISTS (SELECT 1 FROM activities WHERE id = @Id)";

    private const string LinkSql = """
        INSERT INTO training_need_activities (need_id, activity_id, linked_by, linked_at) VALUES (@NeedId, @ActivityId, @LinkedBy, @LinkedAt)
        """;

    private const string UnlinkSql = "DELETE FROM training_need_activities WHERE need_id = @NeedId AND activity_id = @ActivityId";

    // Recomputes the coverage of the named needs (or of every need linked to the event's activity)
    // and keeps it where it moved; the needs returned are the ones whose coverage changed.
    private const string RefreshSql = $"""
        UPDATE training_needs t SET covered_count = fresh.covered
        FROM (SELECT n.id, LEAST(n.headcount, {TrainedSql}) AS covered FROM training_needs n
              WHERE n.id = ANY(@Ids)
                 OR n.id IN (SELECT l.need_id FROM training_need_activities l JOIN training_events e ON e.activity_id = l.activity_id
                             WHERE e.id = @EventId)) fresh
        WHERE t.id = fresh.id AND t.covered_count <> fresh.covered
        RETURNING t.id AS {nameof(CoverageChange.NeedId)}, t.theme AS {nameof(CoverageChange.Theme)},
                  t.participant AS {nameof(CoverageChange.Participant)}, t.agency_id AS {nameof(CoverageChange.AgencyId)},
                  t.headcount AS {nameof(CoverageChange.Headcount)}, t.covered_count AS {nameof(CoverageChange.CoveredCount)}
        """;

    /// <summary>The need with its links and coverage; NotFound when absent.</summary>
    public async Task<TrainingNeed> GetAsync(IDbSession session, Guid id)
    {
        using var grid = await session.QueryMultipleAsync(GetSql, new { Id = id });
        var row = await grid.ReadSingleOrDefaultAsync<NeedRow>() ?? throw new NotFoundException("training need", id.ToString());
        return ToDomain(row, (await grid.ReadAsync<LinkRow>()).Select(l => l.ActivityId));
    }

    /// <summary>Locks the need's row for the rest of the unit (links change one at a time) and reads it; NotFound when absent.</summary>
    public async Task<TrainingNeed> GetForUpdateAsync(IDbSession session, Guid id)
    {
        _ = await session.QuerySingleOrDefaultAsync<Guid?>(LockSql, new { Id = id }) ?? throw new NotFoundException("training need", id.ToString());
        return await GetAsync(session, id);
    }

    public async Task<IReadOnlyList<TrainingNeed>> ListAsync(
        IDbSession session, CooperationAreaTag? theme, Participant? participant, Guid? agencyId, bool uncoveredOnly, PageRequest page)
    {
        var rows = await session.QueryAsync<NeedRow>(ListSql, new
        {
            Theme = theme is { } t ? StoredEnums.ToStored(t) : null, Participant = participant?.ToString(), AgencyId = agencyId,
            UncoveredOnly = uncoveredOnly, Limit = page.Size, page.Offset,
        });
        if (rows.Count == 0)
        {
            return [];
        }

        var links = (await session.QueryAsync<LinkRow>(LinksOfSql, new { Ids = rows.Select(r => r.Id).ToArray() })).ToLookup(l => l.NeedId, l => l.ActivityId);
        return rows.Select(r => ToDomain(r, links[r.Id])).ToList();
    }

    public Task InsertAsync(IDbSession session, TrainingNeed need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return session.ExecuteAsync(InsertSql, new
        {
            need.Id, Theme = StoredEnums.ToStored(need.Theme), Participant = need.Participant.ToString(), need.AgencyId, need.Headcount,
            TargetProficiency = StoredEnums.ToStored(need.TargetProficiency), Urgency = StoredEnums.ToStored(need.Urgency),
            Source = StoredEnums.ToStored(need.Source), need.DecisionId, need.RegisteredBy, need.RegisteredAt,
        });
    }

    /// <summary>NotFound when the catalogue has no such activity.</summary>
    public async Task EnsureActivityExistsAsync(IDbSession session, Guid activityId)
    {
        if (!await session.ExecuteScalarAsync<bool>(ActivityExistsSql, new { Id = activityId }))
        {
            throw new NotFoundException("activity", activityId.ToString());
        }
    }

    public Task LinkAsync(IDbSession session, Guid needId, Guid activityId, string linkedBy, DateTimeOffset linkedAt) =>
        session.ExecuteAsync(LinkSql, new { NeedId = needId, ActivityId = activityId, LinkedBy = linkedBy, LinkedAt = linkedAt });

    public Task UnlinkAsync(IDbSession session, Guid needId, Guid activityId) =>
        session.ExecuteAsync(UnlinkSql, new { NeedId = needId, ActivityId = activityId });

    /// <summary>Recomputes and keeps the coverage of <paramref name="needIds"/> and of the needs the event's activity meets; returns those that moved.</summary>
    public Task<IReadOnlyList<CoverageChange>> RefreshCoverageAsync(IDbSession session, IReadOnlyCollection<Guid> needIds, Guid? eventId) =>
        session.QueryAsync<CoverageChange>(RefreshSql, new { Ids = needIds.ToArray(), EventId = eventId });

    private static TrainingNeed ToDomain(NeedRow r, IEnumerable<Guid> activityIds) => new(
        r.Id, StoredEnums.FromStored<CooperationAreaTag>(r.Theme), Enum.Parse<Participant>(r.Participant), r.AgencyId, r.Headcount,
        StoredEnums.FromStored<TargetProficiency>(r.TargetProficiency), StoredEnums.FromStored<NeedUrgency>(r.Urgency),
        StoredEnums.FromStored<NeedSource>(r.Source), r.DecisionId, r.RegisteredBy, r.RegisteredAt, activityIds.ToList(), r.CoveredCount);

    private sealed class NeedRow
    {
        public Guid Id { get; init; }
        public string Theme { get; init; } = "";
        public string Participant { get; init; } = "";
        public Guid AgencyId { get; init; }
        public int Headcount { get; init; }
        public string TargetProficiency { get; init; } = "";
        public string Urgency { get; init; } = "";
        public string Source { get; init; } = "";
        public Guid? DecisionId { get; init; }
        public string RegisteredBy { get; init; } = "";
        public DateTimeOffset RegisteredAt { get; init; }
        public int CoveredCount { get; init; }
    }

    private sealed class LinkRow
    {
        public Guid NeedId { get; init; }
        public Guid ActivityId { get; init; }
    }
}

/// <summary>A need whose coverage moved, with the figures as now kept.</summary>
public sealed class CoverageChange
{
    public Guid NeedId { get; init; }

    /// <summary>Lower snake case, as stored.</summary>
    public string Theme { get; init; } = "";

    /// <summary>As stored: a <see cref="Contracts.Messages.ParticipantCodes"/> value.</summary>
    public string Participant { get; init; } = "";
    public Guid AgencyId { get; init; }
    public int Headcount { get; init; }
    public int CoveredCount { get; init; }
}
