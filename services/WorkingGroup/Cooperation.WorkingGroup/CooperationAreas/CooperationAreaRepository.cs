using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.WorkingGroup.Agencies;
using Dapper;

namespace Cooperation.WorkingGroup.CooperationAreas;

internal sealed class CooperationAreaRepository(IDbConnectionFactory connections)
{
    private const string InsertAreaSql = """
        INSERT INTO cooperation_areas (id, title, description, identified_at)
        VALUES (@Id, @Title, @Description, @IdentifiedAt)
        """;

    private const string InsertTagSql = "INSERT INTO cooperation_area_tags (area_id, tag) VALUES (@AreaId, @Tag)";

    private const string ExistsSql = "SELECT COUNT(*) FROM cooperation_areas WHERE id = @Id";

    // The page is cut from the areas first, then joined to their tags (one row per tag).
    private const string PageSql = """
        SELECT p.id AS Id, p.title AS Title, p.description AS Description, p.identified_at AS IdentifiedAt, t.tag AS Tag
        FROM (
            SELECT a.id, a.title, a.description, a.identified_at
            FROM cooperation_areas a
            WHERE (@Id IS NULL OR a.id = @Id)
              AND (@Tag IS NULL OR EXISTS (
                    SELECT 1 FROM cooperation_area_tags f WHERE f.area_id = a.id AND f.tag = @Tag))
            ORDER BY a.identified_at, a.id
            LIMIT @Limit OFFSET @Offset
        ) p
        JOIN cooperation_area_tags t ON t.area_id = p.id
        ORDER BY p.identified_at, p.id, t.tag
        """;

    public static async Task AddAsync(IUnitOfWork unitOfWork, CooperationArea area, CancellationToken cancellationToken)
    {
        await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(InsertAreaSql, new
        {
            area.Id,
            area.Title,
            area.Description,
            area.IdentifiedAt,
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        foreach (var tag in area.Tags)
        {
            await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(InsertTagSql,
                new { AreaId = area.Id, Tag = StoredEnum.ToStored(tag) }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Whether the area exists, read inside the caller's transaction.</summary>
    public static async Task<bool> ExistsAsync(IUnitOfWork unitOfWork, Guid id, CancellationToken cancellationToken) =>
        await unitOfWork.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            ExistsSql, new { Id = id }, unitOfWork.Transaction, cancellationToken: cancellationToken)) > 0;

    public async Task<CooperationArea?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await QueryAsync(id, null, new PageRequest(0, 1), cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<CooperationArea>> ListAsync(
        CooperationAreaTag? tag, PageRequest page, CancellationToken cancellationToken) =>
        QueryAsync(null, tag, page, cancellationToken);

    private async Task<IReadOnlyList<CooperationArea>> QueryAsync(
        Guid? id, CooperationAreaTag? tag, PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AreaTagRow>(new CommandDefinition(PageSql, new
        {
            Id = id,
            Tag = tag is { } t ? StoredEnum.ToStored(t) : null,
            Limit = page.Size,
            page.Offset,
        }, cancellationToken: cancellationToken));
        return rows
            .GroupBy(r => r.Id)
            .Select(g =>
            {
                var first = g.First();
                var tags = g.Select(r => StoredEnum.FromStored<CooperationAreaTag>(r.Tag)).Order().ToList();
                return new CooperationArea(first.Id, first.Title, first.Description, tags, first.IdentifiedAt);
            })
            .ToList();
    }

    private sealed class AreaTagRow
    {
        public Guid Id { get; init; }

        public string Title { get; init; } = "";

        public string Description { get; init; } = "";

        public DateTimeOffset IdentifiedAt { get; init; }

        public string Tag { get; init; } = "";
    }
}
