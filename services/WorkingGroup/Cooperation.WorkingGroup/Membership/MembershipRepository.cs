using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.WorkingGroup.Agencies;
using Dapper;

namespace Cooperation.WorkingGroup.Membership;

internal sealed class MembershipRepository(IDbConnectionFactory connections)
{
    private const string CurrentSql = """
        SELECT id AS Id, official_id AS OfficialId, participant AS Participant, role AS Role,
               started_on AS StartedOn, ended_on AS EndedOn
        FROM memberships
        WHERE ended_on IS NULL
        """;

    private const string OfficialParticipantSql = """
        SELECT a.participant AS Participant, o.erased_at AS ErasedAt
        FROM officials o
        JOIN agencies a ON a.id = o.agency_id
        WHERE o.id = @OfficialId
        """;

    private const string EndSql = "UPDATE memberships SET ended_on = @EndedOn WHERE id = @Id AND ended_on IS NULL";

    // The partial unique indexes on memberships refuse a second current membership or co-chair; DO
    // NOTHING turns that into a row count the caller can answer properly.
    private const string StartSql = """
        INSERT INTO memberships (id, official_id, role, participant, started_on, ended_on)
        VALUES (@Id, @OfficialId, @Role, @Participant, @StartedOn, NULL)
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

    private const string FindViewSql = ViewColumns + " WHERE m.id = @Id";

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

    public static async Task<Roster> LoadRosterAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var rows = await unitOfWork.Connection.QueryAsync<PeriodRow>(
            new CommandDefinition(CurrentSql, transaction: unitOfWork.Transaction, cancellationToken: cancellationToken));
        return new Roster(rows.Select(r => r.ToPeriod()).ToList());
    }

    /// <summary>
    /// The participant of the official's agency and whether the official's data was erased;
    /// NotFound when no such official was designated.
    /// </summary>
    public static async Task<(Participant Participant, bool Erased)> OfficialStandingAsync(
        IUnitOfWork unitOfWork, Guid officialId, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.Connection.QuerySingleOrDefaultAsync<StandingRow>(new CommandDefinition(
            OfficialParticipantSql, new { OfficialId = officialId }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return row is null
            ? throw new NotFoundException("official", officialId.ToString())
            : (Enum.Parse<Participant>(row.Participant), row.ErasedAt is not null);
    }

    /// <summary>Ends, then starts, the change's memberships inside the caller's transaction.</summary>
    public static async Task ApplyAsync(IUnitOfWork unitOfWork, RosterChange change, CancellationToken cancellationToken)
    {
        foreach (var ended in change.Ended)
        {
            var updated = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
                EndSql, new { ended.Id, ended.EndedOn }, unitOfWork.Transaction, cancellationToken: cancellationToken));
            if (updated != 1)
            {
                throw new ConflictException("membership", ended.Id.ToString(), "The membership changed meanwhile; retry the request.");
            }
        }

        foreach (var started in change.Started)
        {
            var inserted = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(StartSql, new
            {
                started.Id,
                started.OfficialId,
                Role = StoredEnum.ToStored(started.Role),
                Participant = started.Participant.ToString(),
                started.StartedOn,
            }, unitOfWork.Transaction, cancellationToken: cancellationToken));
            if (inserted == 1)
            {
                continue;
            }

            throw started.Role == MembershipRole.CoChair
                ? new RuleViolationException(Roster.OneCoChairPerParticipantRule, $"{started.Participant} already has a co-chair.")
                : new ConflictException("membership", started.OfficialId.ToString(), "The official is already a current member.");
        }
    }

    public static async Task<MemberView?> FindAsync(IUnitOfWork unitOfWork, Guid membershipId, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.Connection.QuerySingleOrDefaultAsync<ViewRow>(new CommandDefinition(
            FindViewSql, new { Id = membershipId }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return row?.ToView();
    }

    public static async Task<IReadOnlyList<MemberView>> ListCurrentAsync(
        IUnitOfWork unitOfWork, Participant? participant, MembershipRole? role, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await unitOfWork.Connection.QueryAsync<ViewRow>(new CommandDefinition(ListCurrentSql, new
        {
            Participant = participant?.ToString(),
            Role = role is { } r ? StoredEnum.ToStored(r) : null,
            Limit = page.Size,
            page.Offset,
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToView()).ToList();
    }

    public static Task<IReadOnlyList<MemberView>> CurrentCoChairsAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken) =>
        ListCurrentAsync(unitOfWork, null, MembershipRole.CoChair, new PageRequest(0, PageRequest.MaxSize), cancellationToken);

    public async Task<AgencyCoverage> CoverageAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CoverageRow>(new CommandDefinition(CoverageSql, cancellationToken: cancellationToken));
        return AgencyCoverage.Measure(rows.Select(r => new AgencyMembers(
            r.AgencyId, Enum.Parse<Participant>(r.Participant), r.NameEn, StoredEnum.FromStored<AgencyKind>(r.Kind), (int)r.CurrentMembers)));
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
            Id, OfficialId, Enum.Parse<Participant>(Participant), StoredEnum.FromStored<MembershipRole>(Role), StartedOn, EndedOn);
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
            StoredEnum.FromStored<MembershipRole>(Role), StartedOn, EndedOn);
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
