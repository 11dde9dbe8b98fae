using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Dapper;

namespace Cooperation.WorkingGroup.Agencies;

internal sealed class AgencyRepository(IDbConnectionFactory connections)
{
    // No conflict target: the id and (participant, name_en) are both unique, and either means "exists".
    private const string InsertSql = """
        INSERT INTO agencies (id, participant, name_en, name_bg, kind, created_at)
        VALUES (@Id, @Participant, @NameEn, @NameBg, @Kind, @CreatedAt)
        ON CONFLICT DO NOTHING
        """;

    private const string SelectColumns = """
        SELECT id AS Id, participant AS Participant, name_en AS NameEn, name_bg AS NameBg,
               kind AS Kind, created_at AS CreatedAt
        FROM agencies
        """;

    private const string FindSql = SelectColumns + " WHERE id = @Id";

    private const string ListSql = SelectColumns + """

        WHERE (@Participant IS NULL OR participant = @Participant)
          AND (@Kind IS NULL OR kind = @Kind)
        ORDER BY participant, name_en, id
        LIMIT @Limit OFFSET @Offset
        """;

    /// <summary>Adds the agency; returns false when one with its id or name already exists.</summary>
    public static async Task<bool> TryAddAsync(IUnitOfWork unitOfWork, Agency agency, CancellationToken cancellationToken)
    {
        var inserted = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(
            InsertSql, ToRow(agency), unitOfWork.Transaction, cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<Agency?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<AgencyRow>(
            new CommandDefinition(FindSql, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToAgency();
    }

    public async Task<IReadOnlyList<Agency>> ListAsync(
        Participant? participant, AgencyKind? kind, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AgencyRow>(new CommandDefinition(ListSql, new
        {
            Participant = participant?.ToString(),
            Kind = kind is { } k ? StoredEnum.ToStored(k) : null,
            Limit = page.Size,
            page.Offset,
        }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToAgency()).ToList();
    }

    private static object ToRow(Agency agency) => new
    {
        agency.Id,
        Participant = agency.Participant.ToString(),
        agency.NameEn,
        agency.NameBg,
        Kind = StoredEnum.ToStored(agency.Kind),
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
            Id, Enum.Parse<Participant>(Participant), NameEn, NameBg, StoredEnum.FromStored<AgencyKind>(Kind), CreatedAt);
    }
}
