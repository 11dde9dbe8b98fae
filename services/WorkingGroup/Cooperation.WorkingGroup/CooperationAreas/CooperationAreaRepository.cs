using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Agencies;

namespace Cooperation.WorkingGroup.CooperationAreas;

/// <summary>Stores cooperation areas with their tags (lower snake case text, one row per tag).</summary>
internal sealed class CooperationAreaRepository
{
    private const string InsertAreaSql = """
        INSERT INTO cooperation_areas (id, title, description, identified_at)
        VALUES (@Id, @Title, @Description, @IdentifiedAt)
        """;

    private const string InsertTagsSql = "INSERT INTO cooperation_area_tags (area_id, tag) SELECT @AreaId, unnest(@Tags)";

    private const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM cooperation_areas WHERE id = @Id)";

    // The page is cut from the areas first, then joined to their tags (one row per tag), so one
    // command answers a page of any size.
    private const string PageSql = $"""
        SELECT p.id AS {nameof(AreaTagRow.Id)}, p.title AS {nameof(AreaTagRow.Title)}, p.description AS {nameof(AreaTagRow.Description)},
               p.identified_at AS {nameof(AreaTagRow.IdentifiedAt)}, t.tag AS {nameof(AreaTagRow.Tag)}
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

    public async Task AddAsync(IDbSession session, CooperationArea area)
    {
        await session.ExecuteAsync(InsertAreaSql, new { area.Id, area.Title, area.Description, area.IdentifiedAt });
        await session.ExecuteAsync(InsertTagsSql, new { AreaId = area.Id, Tags = area.Tags.Select(StoredEnums.ToStored).ToArray() });
    }

    public async Task<bool> ExistsAsync(IDbSession session, Guid id) =>
        await session.ExecuteScalarAsync<bool>(ExistsSql, new { Id = id });

    /// <summary>The area; NotFound when there is none.</summary>
    public async Task<CooperationArea> GetAsync(IDbSession session, Guid id) =>
        (await QueryAsync(session, id, null, new PageRequest(0, 1))).SingleOrDefault()
            ?? throw new NotFoundException("cooperation_area", id.ToString());

    public Task<IReadOnlyList<CooperationArea>> ListAsync(IDbSession session, CooperationAreaTag? tag, PageRequest page) =>
        QueryAsync(session, null, tag, page);

    private static async Task<IReadOnlyList<CooperationArea>> QueryAsync(
        IDbSession session, Guid? id, CooperationAreaTag? tag, PageRequest page)
    {
        var rows = await session.QueryAsync<AreaTagRow>(PageSql, new
        {
            Id = id,
            Tag = tag is { } t ? StoredEnums.ToStored(t) : null,
            Limit = page.Size,
            page.Offset,
        });
        return rows
            .GroupBy(r => r.Id)
            .Select(g =>
            {
                var first = g.First();
                var tags = g.Select(r => StoredEnums.FromStored<CooperationAreaTag>(r.Tag)).Order().ToList();
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
