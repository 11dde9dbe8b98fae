using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Agencies;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>The officials table; every method runs in the session it is given.</summary>
internal sealed class OfficialRepository
{
    private const string AgencyParticipantSql = "SELECT participant FROM agencies WHERE id = @AgencyId";

    // No conflict target: the id and the work e-mail are both unique, and either means "exists".
    private const string InsertSql = """
        INSERT INTO officials (id, agency_id, full_name, role_title, work_email, work_phone, purpose, legal_basis, designated_at)
        VALUES (@Id, @AgencyId, @FullName, @RoleTitle, @WorkEmail, @WorkPhone, @Purpose, @LegalBasis, @DesignatedAt)
        ON CONFLICT DO NOTHING
        """;

    private const string SelectColumns = """
        SELECT o.id AS Id, o.agency_id AS AgencyId, a.participant AS Participant, o.full_name AS FullName,
               o.role_title AS RoleTitle, o.work_email AS WorkEmail, o.work_phone AS WorkPhone,
               o.purpose AS Purpose, o.designated_at AS DesignatedAt, o.legal_basis AS LegalBasis,
               o.erased_at AS ErasedAt
        FROM officials o
        JOIN agencies a ON a.id = o.agency_id
        """;

    private const string FindSql = SelectColumns + " WHERE o.id = @Id";

    private const string AffiliationsSql = """
        SELECT o.id, o.agency_id, a.participant
        FROM officials o JOIN agencies a ON a.id = o.agency_id
        WHERE o.id = ANY(@Ids)
        """;

    private const string FindManySql = SelectColumns + " WHERE o.id = ANY(@Ids) ORDER BY o.id";

    private const string ListSql = SelectColumns + """

        WHERE (@AgencyId IS NULL OR o.agency_id = @AgencyId)
          AND (@Participant IS NULL OR a.participant = @Participant)
        ORDER BY o.full_name, o.id
        LIMIT @Limit OFFSET @Offset
        """;

    // Only a row still held is anonymised, so two erasures of one official change it once.
    private const string AnonymiseSql = """
        UPDATE officials
        SET full_name = @FullName, role_title = @RoleTitle, work_email = @WorkEmail, work_phone = NULL, erased_at = @ErasedAt
        WHERE id = @Id AND erased_at IS NULL
        """;

    private const string HoldingColumns = """
        SELECT o.id AS OfficialId, o.designated_at AS DesignatedAt,
               (SELECT COUNT(*) FROM memberships m WHERE m.official_id = o.id AND m.ended_on IS NULL) AS CurrentMemberships,
               (SELECT MAX(m.ended_on) FROM memberships m WHERE m.official_id = o.id) AS LastEndedOn
        FROM officials o
        """;

    private const string HeldSql = HoldingColumns + " WHERE o.erased_at IS NULL ORDER BY o.id";

    private const string HoldingSql = HoldingColumns + " WHERE o.id = @Id";

    /// <summary>
    /// Designates the official. The agency must exist (NotFound) and the work e-mail must not
    /// belong to another official (AlreadyExists). Returns the official with its agency's participant.
    /// </summary>
    public async Task<Official> AddAsync(IDbSession session, Official official)
    {
        var participant = await session.QuerySingleOrDefaultAsync<string>(AgencyParticipantSql, new { official.AgencyId })
            ?? throw new NotFoundException("agency", official.AgencyId.ToString());

        var stored = official with { Participant = Enum.Parse<Participant>(participant) };
        if (!await TryInsertAsync(session, stored))
        {
            throw new ConflictException("official", official.WorkEmail,
                $"An official with the work e-mail '{official.WorkEmail}' is already designated.");
        }

        return stored;
    }

    /// <summary>Seeds an official whose agency is known to exist; false when already present.</summary>
    public Task<bool> TryAddSeedAsync(IDbSession session, Official official) => TryInsertAsync(session, official);

    /// <summary>The official; NotFound when no such official was designated.</summary>
    /// <summary>The agency and participant of each official among <paramref name="officialIds"/> that exists, in one query.</summary>
    public async Task<IReadOnlyList<OfficialAffiliation>> AffiliationsAsync(IDbSession session, IEnumerable<Guid> officialIds) =>
        (await session.QueryAsync<(Guid OfficialId, Guid AgencyId, string Participant)>(AffiliationsSql, new { Ids = officialIds.Distinct().ToArray() }))
            .Select(r => new OfficialAffiliation(r.OfficialId, r.AgencyId, Enum.Parse<Participant>(r.Participant))).ToList();

    public async Task<Official> GetAsync(IDbSession session, Guid id)
    {
        var row = await session.QuerySingleOrDefaultAsync<OfficialRow>(FindSql, new { Id = id });
        return row?.ToOfficial() ?? throw new NotFoundException("official", id.ToString());
    }

    /// <summary>The officials among <paramref name="ids"/>, in one query.</summary>
    public async Task<IReadOnlyList<Official>> FindManyAsync(IDbSession session, IReadOnlyCollection<Guid> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await session.QueryAsync<OfficialRow>(FindManySql, new { Ids = ids.ToArray() });
        return rows.Select(r => r.ToOfficial()).ToList();
    }

    public async Task<IReadOnlyList<Official>> ListAsync(IDbSession session, Guid? agencyId, Participant? participant, PageRequest page)
    {
        var rows = await session.QueryAsync<OfficialRow>(ListSql, new
        {
            AgencyId = agencyId,
            Participant = participant?.ToString(),
            Limit = page.Size,
            page.Offset,
        });
        return rows.Select(r => r.ToOfficial()).ToList();
    }

    /// <summary>Overwrites the official's personal data with its anonymised form; false when it was already erased.</summary>
    public async Task<bool> AnonymiseAsync(IDbSession session, Official anonymised) =>
        await session.ExecuteAsync(AnonymiseSql, new
        {
            anonymised.Id,
            anonymised.FullName,
            anonymised.RoleTitle,
            anonymised.WorkEmail,
            anonymised.ErasedAt,
        }) == 1;

    /// <summary>What the retention rule needs about every official still held.</summary>
    public async Task<IReadOnlyList<OfficialHolding>> HeldAsync(IDbSession session) =>
        (await session.QueryAsync<HoldingRow>(HeldSql)).Select(r => r.ToHolding()).ToList();

    /// <summary>What the retention rule needs about the official; NotFound when no such official was designated.</summary>
    public async Task<OfficialHolding> GetHoldingAsync(IDbSession session, Guid id)
    {
        var row = await session.QuerySingleOrDefaultAsync<HoldingRow>(HoldingSql, new { Id = id });
        return row?.ToHolding() ?? throw new NotFoundException("official", id.ToString());
    }

    private static async Task<bool> TryInsertAsync(IDbSession session, Official official) =>
        await session.ExecuteAsync(InsertSql, new
        {
            official.Id,
            official.AgencyId,
            official.FullName,
            official.RoleTitle,
            official.WorkEmail,
            official.WorkPhone,
            official.Purpose,
            LegalBasis = StoredEnums.ToStored(official.LegalBasis),
            official.DesignatedAt,
        }) == 1;

    private sealed class OfficialRow
    {
        public Guid Id { get; init; }

        public Guid AgencyId { get; init; }

        public string Participant { get; init; } = "";

        public string FullName { get; init; } = "";

        public string RoleTitle { get; init; } = "";

        public string WorkEmail { get; init; } = "";

        public string? WorkPhone { get; init; }

        public string Purpose { get; init; } = "";

        public DateTimeOffset DesignatedAt { get; init; }

        public string LegalBasis { get; init; } = "";

        public DateTimeOffset? ErasedAt { get; init; }

        public Official ToOfficial() => new(
            Id, AgencyId, Enum.Parse<Participant>(Participant), FullName, RoleTitle, WorkEmail, WorkPhone, Purpose, DesignatedAt,
            StoredEnums.FromStored<LegalBasis>(LegalBasis), ErasedAt);
    }

    private sealed class HoldingRow
    {
        public Guid OfficialId { get; init; }

        public DateTimeOffset DesignatedAt { get; init; }

        public long CurrentMemberships { get; init; }

        public DateOnly? LastEndedOn { get; init; }

        public OfficialHolding ToHolding() => new(
            OfficialId, DateOnly.FromDateTime(DesignatedAt.UtcDateTime), CurrentMemberships > 0, LastEndedOn);
    }
}
