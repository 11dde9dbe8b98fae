using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Agencies;

/// <summary>The agencies table; every method runs in the session it is given.</summary>
internal sealed class AgencyRepository
{
    // No conflict target: the id and (participant, name_en) are both unique, and either means "exists".
    private const string InsertSql = """
        INSERT INTO agencies (id, participant, name_en, name_bg, kind, created_at)
        VALUES (@Id, @Participant, @NameEn, @NameBg, @Kind, @CreatedAt)
        ON CONFLICT DO NOTHING
        """;

    private const string SelectColumns = $"""
        SELECT id AS {nameof(AgencyRow.Id)}, participant AS {nameof(AgencyRow.Participant)}, name_en AS {nameof(AgencyRow.NameEn)},
               name_bg AS {nameof(AgencyRow.NameBg)}, kind AS {nameof(AgencyRow.Kind)}, created_at AS {nameof(AgencyRow.CreatedAt)}
        FROM agencies
        """;

    private const string FindSql = SelectColumns + " WHERE id = @Id";

    private const string ExistingIdsSql = "SELECT id FROM agencies WHERE id = ANY(@Ids)";

    private const string ListSql = SelectColumns + """

        WHERE (@Participant IS NULL OR participant = @Participant)
          AND (@Kind IS NULL OR kind = @Kind)
        ORDER BY participant, name_en, id
        LIMIT @Limit OFFSET @Offset
        """;

    /// <summary>The agencies among <paramref name="agencyIds"/> that exist, in one query.</summary>
    public async Task<IReadOnlySet<Guid>> ExistingIdsAsync(IDbSession session, IEnumerable<Guid> agencyIds) =>
        (await session.QueryAsync<Guid>(ExistingIdsSql, new { Ids = agencyIds.Distinct().ToArray() })).ToHashSet();

    /// <summary>Adds the agency; returns false when one with its id or name already exists.</summary>
    public async Task<bool> TryAddAsync(IDbSession session, Agency agency) =>
        await session.ExecuteAsync(InsertSql, ToRow(agency)) == 1;

    /// <summary>The agency; NotFound when no such agency is registered.</summary>
    public async Task<Agency> GetAsync(IDbSession session, Guid id)
    {
        var row = await session.QuerySingleOrDefaultAsync<AgencyRow>(FindSql, new { Id = id });
        return row?.ToAgency() ?? throw new NotFoundException("agency", id.ToString());
    }

    public async Task<IReadOnlyList<Agency>> ListAsync(IDbSession session, Participant? participant, AgencyKind? kind, PageRequest page)
    {
        var rows = await session.QueryAsync<AgencyRow>(ListSql, new
        {
            Participant = participant?.ToString(),
            Kind = kind is { } k ? StoredEnums.ToStored(k) : null,
            Limit = page.Size,
            page.Offset,
        });
        return rows.Select(r => r.ToAgency()).ToList();
    }

    private static object ToRow(Agency agency) => new
    {
        agency.Id,
        Participant = agency.Participant.ToString(),
        agency.NameEn,
        agency.NameBg,
        Kind = StoredEnums.ToStored(agency.Kind),
        agency.CreatedAt,
    };

    private sealed class AgencyRow
    {
        public Guid Id { get; init; }

        public string Participant { get; init; } = "";

        public string NameEn { get; init; } = "";

        public string NameBg { get; init; } = "";

        public string Kind { get; init; } = "";

        public DateTimeOffset CreatedAt { get; init; }

        public Agency ToAgency() => new(
            Id, Enum.Parse<Participant>(Participant), NameEn, NameBg, StoredEnums.FromStored<AgencyKind>(Kind), CreatedAt);
    }
}
