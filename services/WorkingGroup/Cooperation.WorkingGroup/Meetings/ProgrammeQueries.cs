using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Dapper;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// Read-only look-ups of the programme's reference data (agencies, officials, the working group and
/// its co-chairs) that meetings, cadence and projects need. Reads the tables directly; writing
/// them belongs to the establishment and membership features.
/// </summary>
public sealed class ProgrammeQueries(IDbConnectionFactory connections)
{
    private const string EstablishedOnSql = """
        SELECT established_on FROM working_group ORDER BY recorded_at LIMIT 1
        """;

    private const string OfficialsSql = """
        SELECT o.id AS OfficialId, o.agency_id AS AgencyId, a.participant AS Participant
        FROM officials o JOIN agencies a ON a.id = o.agency_id
        WHERE o.id = ANY(@Ids)
        """;

    // A co-chair serves from started_on up to and including ended_on.
    private const string CoChairsSql = """
        SELECT official_id AS OfficialId, participant AS Participant
        FROM memberships
        WHERE role = 'co_chair' AND started_on <= @On AND (ended_on IS NULL OR ended_on >= @On)
        """;

    private const string AgencyOfOfficialSql = "SELECT agency_id FROM officials WHERE id = @Id";

    private const string AgenciesSql = "SELECT id FROM agencies WHERE id = ANY(@Ids)";

    public async Task<DateOnly?> GetEstablishedOnAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DateOnly?>(new CommandDefinition(EstablishedOnSql, cancellationToken: cancellationToken));
    }

    /// <summary>The day the working group was established, read inside <paramref name="unitOfWork"/>; null before that.</summary>
    public static Task<DateOnly?> GetEstablishedOnAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken) =>
        unitOfWork.Connection.QuerySingleOrDefaultAsync<DateOnly?>(
            new CommandDefinition(EstablishedOnSql, transaction: unitOfWork.Transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// The officials among <paramref name="officialIds"/> that exist, as attendees of their agency's
    /// participant, read inside <paramref name="unitOfWork"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Attendee>> GetOfficialsAsync(
        IUnitOfWork unitOfWork, IEnumerable<Guid> officialIds, CancellationToken cancellationToken)
    {
        var rows = await unitOfWork.Connection.QueryAsync<OfficialRow>(new CommandDefinition(
            OfficialsSql, new { Ids = officialIds.Distinct().ToArray() }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return rows.Select(r => new Attendee(r.OfficialId, r.AgencyId, Enum.Parse<Participant>(r.Participant))).ToList();
    }

    /// <summary>The agency an official belongs to, read inside <paramref name="unitOfWork"/>; null when the official is unknown.</summary>
    public static Task<Guid?> GetAgencyOfOfficialAsync(IUnitOfWork unitOfWork, Guid officialId, CancellationToken cancellationToken) =>
        unitOfWork.Connection.QuerySingleOrDefaultAsync<Guid?>(
            new CommandDefinition(AgencyOfOfficialSql, new { Id = officialId }, unitOfWork.Transaction, cancellationToken: cancellationToken));

    /// <summary>The co-chairs serving on <paramref name="on"/>, read inside <paramref name="unitOfWork"/>.</summary>
    public static async Task<IReadOnlyList<CoChair>> GetServingCoChairsAsync(IUnitOfWork unitOfWork, DateOnly on, CancellationToken cancellationToken)
    {
        var rows = await unitOfWork.Connection.QueryAsync<CoChairRow>(
            new CommandDefinition(CoChairsSql, new { On = on }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return rows.Select(r => new CoChair(r.OfficialId, Enum.Parse<Participant>(r.Participant))).ToList();
    }

    /// <summary>The agencies among <paramref name="agencyIds"/> that exist, read inside <paramref name="unitOfWork"/>.</summary>
    public static async Task<IReadOnlySet<Guid>> GetExistingAgencyIdsAsync(
        IUnitOfWork unitOfWork, IEnumerable<Guid> agencyIds, CancellationToken cancellationToken)
    {
        var found = await unitOfWork.Connection.QueryAsync<Guid>(new CommandDefinition(
            AgenciesSql, new { Ids = agencyIds.Distinct().ToArray() }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return found.ToHashSet();
    }

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
