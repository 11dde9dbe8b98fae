using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.WorkingGroup.Agencies;
using Dapper;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>The officials table. Every method works inside the caller's unit of work.</summary>
internal static class OfficialRepository
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
    /// belong to another official (AlreadyExists).
    /// </summary>
    public static async Task<Official> AddAsync(
        IUnitOfWork unitOfWork, Official official, CancellationToken cancellationToken)
    {
        var participant = await unitOfWork.Connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            AgencyParticipantSql, new { official.AgencyId }, unitOfWork.Transaction, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("agency", official.AgencyId.ToString());

        var stored = official with { Participant = Enum.Parse<Participant>(participant) };
        if (!await TryInsertAsync(unitOfWork, stored, cancellationToken))
        {
            throw new ConflictException("official", official.WorkEmail,
                $"An official with the work e-mail '{official.WorkEmail}' is already designated.");
        }

        return stored;
    }

    /// <summary>Seeds an official whose agency is known to exist; false when already present.</summary>
    public static Task<bool> TryAddSeedAsync(IUnitOfWork unitOfWork, Official official, CancellationToken cancellationToken) =>
        TryInsertAsync(unitOfWork, official, cancellationToken);

    public static async Task<Official?> FindAsync(IUnitOfWork unitOfWork, Guid id, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.Connection.QuerySingleOrDefaultAsync<OfficialRow>(new CommandDefinition(
            FindSql, new { Id = id }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return row?.ToOfficial();
    }

    public static async Task<IReadOnlyList<Official>> ListAsync(
        IUnitOfWork unitOfWork, Guid? agencyId, Participant? participant, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await unitOfWork.Connection.QueryAsync<OfficialRow>(new CommandDefinition(ListSql, new
        {
            AgencyId = agencyId,
            Participant = participant?.ToString(),
            Limit = page.Size,
            page.Offset,
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToOfficial()).ToList();
    }

    /// <summary>Overwrites the official's personal data with its anonymised form; false when it was already erased.</summary>
    public static async Task<bool> AnonymiseAsync(IUnitOfWork unitOfWork, Official anonymised, CancellationToken cancellationToken)
    {
        var updated = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(AnonymiseSql, new
        {
            anonymised.Id,
            anonymised.FullName,
            anonymised.RoleTitle,
            anonymised.WorkEmail,
            anonymised.ErasedAt,
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return updated == 1;
    }

    /// <summary>What the retention rule needs about every official still held.</summary>
    public static async Task<IReadOnlyList<OfficialHolding>> HeldAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var rows = await unitOfWork.Connection.QueryAsync<HoldingRow>(new CommandDefinition(
            HeldSql, transaction: unitOfWork.Transaction, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToHolding()).ToList();
    }

    public static async Task<OfficialHolding?> HoldingAsync(IUnitOfWork unitOfWork, Guid id, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.Connection.QuerySingleOrDefaultAsync<HoldingRow>(new CommandDefinition(
            HoldingSql, new { Id = id }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return row?.ToHolding();
    }

    private static async Task<bool> TryInsertAsync(IUnitOfWork unitOfWork, Official official, CancellationToken cancellationToken)
    {
        var inserted = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            official.Id,
            official.AgencyId,
            official.FullName,
            official.RoleTitle,
            official.WorkEmail,
            official.WorkPhone,
            official.Purpose,
            LegalBasis = StoredEnum.ToStored(official.LegalBasis),
            official.DesignatedAt,
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return inserted == 1;
    }

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
            StoredEnum.FromStored<LegalBasis>(LegalBasis), ErasedAt);
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
