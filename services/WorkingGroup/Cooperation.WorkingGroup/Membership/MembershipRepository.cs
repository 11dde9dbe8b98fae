using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Agencies;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>The memberships table and the roster views over it; every method runs in the session it is given.</summary>
internal sealed class MembershipRepository
{
    // The whole history: the roster checks ¶6 over every day, not just today.
    private const string PeriodsSql = """
        SELECT id AS Id, official_id AS OfficialId, participant AS Participant, role AS Role,
               started_on AS StartedOn, ended_on AS EndedOn
        FROM memberships
        """;

    private const string OfficialParticipantSql = """
        SELECT a.participant AS Participant, o.erased_at AS ErasedAt
        FROM officials o
        JOIN agencies a ON a.id = o.agency_id
        WHERE o.id = @OfficialId
        """;

    // Every co-chair term; which of them serve on a day is TermInterval's question, not SQL's.
    private const string CoChairTermsSql = PeriodsSql + " WHERE role = 'co_chair'";

    // The latest held meeting chaired by the participant's current co-chair.
    private const string LastChairedSql = """
        SELECT m.held_on
        FROM meeting_attendees a
        JOIN meetings m ON m.id = a.meeting_id
        JOIN memberships ms ON ms.official_id = a.official_id
        WHERE a.co_chair AND m.status = 'held'
          AND ms.role = 'co_chair' AND ms.ended_on IS NULL AND ms.participant = @Participant
        ORDER BY m.held_on DESC
        LIMIT 1
        """;

    private const string EndSql = "UPDATE memberships SET ended_on = @EndedOn WHERE id = @Id AND ended_on IS NULL";

    // The exclusion constraints of 0003_history refuse a second membership of an official or a
    // second co-chair of a participant on any one day; DO NOTHING turns that into a row count the
    // caller can answer properly.
    private const string StartSql = """
        INSERT INTO memberships (id, official_id, role, participant, started_on, ended_on)
        VALUES (@Id, @OfficialId, @Role, @Participant, @StartedOn, @EndedOn)
        ON CONFLICT DO NOTHING
        """;

    private const string ViewColumns = """
        SELECT m.id AS MembershipId, m.official_id AS OfficialId, o.full_name AS FullName, o.role_title AS RoleTitle,
               o.agency_id AS AgencyId, a.name_en AS AgencyNameEn, m.participant AS Participant, m.role AS Role,
               m.started_on AS StartedOn, m.ended_on AS EndedOn
        FROM memberships m
        JOIN officials o ON o.id = m.official_id
        JOIN agencies a ON a.id = o.agency_id
        """;

    private const string FindViewsSql = ViewColumns + " WHERE m.id = ANY(@Ids)";

    // 'co_chair' sorts before 'member': co-chairs head the list.
    private const string ListCurrentSql = ViewColumns + """

        WHERE m.ended_on IS NULL
          AND (@Participant IS NULL OR m.participant = @Participant)
          AND (@Role IS NULL OR m.role = @Role)
        ORDER BY m.role, o.full_name, m.id
        LIMIT @Limit OFFSET @Offset
        """;

    private const string CoverageSql = """
        SELECT a.id AS AgencyId, a.participant AS Participant, a.name_en AS NameEn, a.kind AS Kind,
               COUNT(m.id) AS CurrentMembers
        FROM agencies a
        LEFT JOIN officials o ON o.agency_id = a.id
        LEFT JOIN memberships m ON m.official_id = o.id AND m.ended_on IS NULL
        GROUP BY a.id, a.participant, a.name_en, a.kind
        """;

    /// <summary>The co-chairs serving on <paramref name="on"/> (by <see cref="TermInterval.Covers"/>), in one query.</summary>
    public async Task<IReadOnlyList<(Guid OfficialId, Participant Participant)>> CoChairsServingOnAsync(IDbSession session, DateOnly on) =>
        (await session.QueryAsync<PeriodRow>(CoChairTermsSql))
            .Select(r => r.ToPeriod()).Where(p => p.Term.Covers(on)).Select(p => (p.OfficialId, p.Participant)).ToList();

    /// <summary>The day of the last held meeting the current co-chair of <paramref name="participant"/> chaired; null when none.</summary>
    public async Task<DateOnly?> LastChairedByCurrentCoChairAsync(IDbSession session, Participant participant) =>
        (await session.QueryAsync<DateOnly>(LastChairedSql, new { Participant = participant.ToString() })).Cast<DateOnly?>().FirstOrDefault();

    /// <summary>Every membership the group has had, in one query.</summary>
    public async Task<Roster> LoadRosterAsync(IDbSession session) =>
        new((await session.QueryAsync<PeriodRow>(PeriodsSql)).Select(r => r.ToPeriod()).ToList());

    /// <summary>
    /// The participant of the official's agency and whether the official's data was erased;
    /// NotFound when no such official was designated.
    /// </summary>
    public async Task<(Participant Participant, bool Erased)> OfficialStandingAsync(IDbSession session, Guid officialId)
    {
        var row = await session.QuerySingleOrDefaultAsync<StandingRow>(OfficialParticipantSql, new { OfficialId = officialId });
        return row is null
            ? throw new NotFoundException("official", officialId.ToString())
            : (Enum.Parse<Participant>(row.Participant), row.ErasedAt is not null);
    }

    /// <summary>Ends, then starts, the change's memberships inside the session's transaction.</summary>
    public async Task ApplyAsync(IDbSession session, RosterChange change)
    {
        foreach (var ended in change.Ended)
        {
            if (await session.ExecuteAsync(EndSql, new { ended.Id, ended.EndedOn }) != 1)
            {
                throw new ConflictException("membership", ended.Id.ToString(), "The membership changed meanwhile; retry the request.");
            }
        }

        foreach (var started in change.Started)
        {
            var inserted = await session.ExecuteAsync(StartSql, new
            {
                started.Id,
                started.OfficialId,
                Role = StoredEnums.ToStored(started.Role),
                Participant = started.Participant.ToString(),
                started.StartedOn,
                started.EndedOn,
            });
            if (inserted == 1)
            {
                continue;
            }

            throw started.Role == MembershipRole.CoChair
                ? new RuleViolationException(MembershipRules.OneCoChairPerParticipant, $"{started.Participant} already has a co-chair.")
                : new ConflictException("membership", started.OfficialId.ToString(), "The official is already a current member.");
        }
    }

    /// <summary>The memberships <paramref name="membershipIds"/> with their officials' names and agencies, in one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, MemberView>> ViewsAsync(IDbSession session, IReadOnlyCollection<Guid> membershipIds)
    {
        if (membershipIds.Count == 0)
        {
            return new Dictionary<Guid, MemberView>();
        }

        var rows = await session.QueryAsync<ViewRow>(FindViewsSql, new { Ids = membershipIds.ToArray() });
        return rows.Select(r => r.ToView()).ToDictionary(v => v.MembershipId);
    }

    public async Task<IReadOnlyList<MemberView>> ListCurrentAsync(
        IDbSession session, Participant? participant, MembershipRole? role, PageRequest page)
    {
        var rows = await session.QueryAsync<ViewRow>(ListCurrentSql, new
        {
            Participant = participant?.ToString(),
            Role = role is { } r ? StoredEnums.ToStored(r) : null,
            Limit = page.Size,
            page.Offset,
        });
        return rows.Select(r => r.ToView()).ToList();
    }

    public Task<IReadOnlyList<MemberView>> CurrentCoChairsAsync(IDbSession session) =>
        ListCurrentAsync(session, null, MembershipRole.CoChair, new PageRequest(0, PageRequest.MaxSize));

    public async Task<AgencyCoverage> CoverageAsync(IDbSession session)
    {
        var rows = await session.QueryAsync<CoverageRow>(CoverageSql);
        return AgencyCoverage.Measure(rows.Select(r => new AgencyMembers(
            r.AgencyId, Enum.Parse<Participant>(r.Participant), r.NameEn, StoredEnums.FromStored<AgencyKind>(r.Kind), (int)r.CurrentMembers)));
    }

    private sealed class StandingRow
    {
        public string Participant { get; init; } = "";

        public DateTimeOffset? ErasedAt { get; init; }
    }

    private sealed class PeriodRow
    {
        public Guid Id { get; init; }

        public Guid OfficialId { get; init; }

        public string Participant { get; init; } = "";

        public string Role { get; init; } = "";

        public DateOnly StartedOn { get; init; }

        public DateOnly? EndedOn { get; init; }

        public MembershipPeriod ToPeriod() => new(
            Id, OfficialId, Enum.Parse<Participant>(Participant), StoredEnums.FromStored<MembershipRole>(Role), StartedOn, EndedOn);
    }

    private sealed class ViewRow
    {
        public Guid MembershipId { get; init; }

        public Guid OfficialId { get; init; }

        public string FullName { get; init; } = "";

        public string RoleTitle { get; init; } = "";

        public Guid AgencyId { get; init; }

        public string AgencyNameEn { get; init; } = "";

        public string Participant { get; init; } = "";

        public string Role { get; init; } = "";

        public DateOnly StartedOn { get; init; }

        public DateOnly? EndedOn { get; init; }

        public MemberView ToView() => new(
            MembershipId, OfficialId, FullName, RoleTitle, AgencyId, AgencyNameEn, Enum.Parse<Participant>(Participant),
            StoredEnums.FromStored<MembershipRole>(Role), StartedOn, EndedOn);
    }

    private sealed class CoverageRow
    {
        public Guid AgencyId { get; init; }

        public string Participant { get; init; } = "";

        public string NameEn { get; init; } = "";

        public string Kind { get; init; } = "";

        public long CurrentMembers { get; init; }
    }
}
