using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// Read-only look-ups of the programme's reference data (agencies, officials, the working group and
/// its co-chairs) that meetings, cadence and projects need, each one query in the caller's session
/// (inside the unit of work of a write, so a change is checked against what it commits with).
/// Writing these tables belongs to the establishment, officials and membership features.
/// </summary>
public sealed class ProgrammeQueries
{
    private const string EstablishedOnSql = "SELECT established_on FROM working_group ORDER BY recorded_at LIMIT 1";

    private const string OfficialsSql = $"""
        SELECT o.id AS {nameof(OfficialRow.OfficialId)}, o.agency_id AS {nameof(OfficialRow.AgencyId)}, a.participant AS {nameof(OfficialRow.Participant)}
        FROM officials o JOIN agencies a ON a.id = o.agency_id
        WHERE o.id = ANY(@Ids)
        """;

    // A co-chair serves from started_on up to and including ended_on.
    private const string CoChairsSql = $"""
        SELECT official_id AS {nameof(CoChairRow.OfficialId)}, participant AS {nameof(CoChairRow.Participant)}
        FROM memberships
        WHERE role = 'co_chair' AND started_on <= @On AND (ended_on IS NULL OR ended_on >= @On)
        """;

    private const string AgencyOfOfficialSql = "SELECT agency_id FROM officials WHERE id = @Id";

    private const string AgenciesSql = "SELECT id FROM agencies WHERE id = ANY(@Ids)";

    /// <summary>The day the working group was established; null before that.</summary>
    public Task<DateOnly?> GetEstablishedOnAsync(IDbSession session) => session.QuerySingleOrDefaultAsync<DateOnly?>(EstablishedOnSql);

    /// <summary>The officials among <paramref name="officialIds"/> that exist, as attendees of their agency's participant.</summary>
    public async Task<IReadOnlyList<Attendee>> GetOfficialsAsync(IDbSession session, IEnumerable<Guid> officialIds)
    {
        var rows = await session.QueryAsync<OfficialRow>(OfficialsSql, new { Ids = officialIds.Distinct().ToArray() });
        return rows.Select(r => new Attendee(r.OfficialId, r.AgencyId, Enum.Parse<Participant>(r.Participant))).ToList();
    }

    /// <summary>The agency an official belongs to; null when the official is unknown.</summary>
    public Task<Guid?> GetAgencyOfOfficialAsync(IDbSession session, Guid officialId) =>
        session.QuerySingleOrDefaultAsync<Guid?>(AgencyOfOfficialSql, new { Id = officialId });

    /// <summary>The co-chairs serving on <paramref name="on"/>.</summary>
    public async Task<IReadOnlyList<CoChair>> GetServingCoChairsAsync(IDbSession session, DateOnly on)
    {
        var rows = await session.QueryAsync<CoChairRow>(CoChairsSql, new { On = on });
        return rows.Select(r => new CoChair(r.OfficialId, Enum.Parse<Participant>(r.Participant))).ToList();
    }

    /// <summary>The agencies among <paramref name="agencyIds"/> that exist.</summary>
    public async Task<IReadOnlySet<Guid>> GetExistingAgencyIdsAsync(IDbSession session, IEnumerable<Guid> agencyIds) =>
        (await session.QueryAsync<Guid>(AgenciesSql, new { Ids = agencyIds.Distinct().ToArray() })).ToHashSet();

    private sealed class OfficialRow
    {
        public Guid OfficialId { get; init; }
        public Guid AgencyId { get; init; }
        public string Participant { get; init; } = "";
    }

    private sealed class CoChairRow
    {
        public Guid OfficialId { get; init; }
        public string Participant { get; init; } = "";
    }
}
