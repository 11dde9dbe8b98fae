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
        WHERE o.id IN @Ids
        """;

    // A co-chair serves from started_on up to and including ended_on.
    private const string CoChairsSql = """
        SELECT official_id AS OfficialId, participant AS Participant
        FROM memberships
        WHERE role = 'co_chair' AND started_on <= @On AND (ended_on IS NULL OR ended_on >= @On)
        """;

    private const string AgencyOfOfficialSql = "SELECT agency_id FROM officials WHERE id = @Id";

    private const string AgenciesSql = """
        SELECT id FROM agencies WHERE id IN @Ids
        """;

    public async Task<DateOnly?> GetEstablishedOnAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var value = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(EstablishedOnSql, cancellationToken: cancellationToken));
        return value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The officials among <paramref name="officialIds"/> that exist, as attendees of their agency's participant.</summary>
    public async Task<IReadOnlyList<Attendee>> GetOfficialsAsync(IEnumerable<Guid> officialIds, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string OfficialId, string AgencyId, string Participant)>(
            new CommandDefinition(OfficialsSql, new { Ids = officialIds.Select(Text).ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(r => new Attendee(Guid.Parse(r.OfficialId), Guid.Parse(r.AgencyId), Enum.Parse<Participant>(r.Participant))).ToList();
    }

    /// <summary>The agency an official belongs to, read inside <paramref name="unitOfWork"/>; null when the official is unknown.</summary>
    public static async Task<Guid?> GetAgencyOfOfficialAsync(IUnitOfWork unitOfWork, Guid officialId, CancellationToken cancellationToken)
    {
        var value = await unitOfWork.Connection.QuerySingleOrDefaultAsync<string?>(
            new CommandDefinition(AgencyOfOfficialSql, new { Id = Text(officialId) }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return value is null ? null : Guid.Parse(value);
    }

    public async Task<IReadOnlyList<CoChair>> GetServingCoChairsAsync(DateOnly on, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string OfficialId, string Participant)>(
            new CommandDefinition(CoChairsSql, new { On = on }, cancellationToken: cancellationToken));
        return rows.Select(r => new CoChair(Guid.Parse(r.OfficialId), Enum.Parse<Participant>(r.Participant))).ToList();
    }

    public async Task<IReadOnlySet<Guid>> GetExistingAgencyIdsAsync(IEnumerable<Guid> agencyIds, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(
            new CommandDefinition(AgenciesSql, new { Ids = agencyIds.Select(Text).ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(Guid.Parse).ToHashSet();
    }

    // Ids are compared as stored text, so list parameters are passed in the stored form.
    private static string Text(Guid id) => id.ToString("D");
}
