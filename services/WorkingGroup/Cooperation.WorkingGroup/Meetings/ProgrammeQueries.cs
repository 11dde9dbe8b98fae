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

    // One id per query: Dapper expands "IN @Ids" into a list on SQLite but passes an array on
    // PostgreSQL ("IN $1", a syntax error). A request names a handful of ids, so one look-up each
    // keeps the SQL the same on both.
    private const string OfficialSql = """
        SELECT o.id AS OfficialId, o.agency_id AS AgencyId, a.participant AS Participant
        FROM officials o JOIN agencies a ON a.id = o.agency_id
        WHERE o.id = @Id
        """;

    // A co-chair serves from started_on up to and including ended_on.
    private const string CoChairsSql = """
        SELECT official_id AS OfficialId, participant AS Participant
        FROM memberships
        WHERE role = 'co_chair' AND started_on <= @On AND (ended_on IS NULL OR ended_on >= @On)
        """;

    private const string AgencyOfOfficialSql = "SELECT agency_id FROM officials WHERE id = @Id";

    private const string AgencySql = "SELECT id FROM agencies WHERE id = @Id";

    public async Task<DateOnly?> GetEstablishedOnAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return ParseDate(await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(EstablishedOnSql, cancellationToken: cancellationToken)));
    }

    /// <summary>The day the working group was established, read inside <paramref name="unitOfWork"/>; null before that.</summary>
    public static async Task<DateOnly?> GetEstablishedOnAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken) =>
        ParseDate(await unitOfWork.Connection.QuerySingleOrDefaultAsync<string?>(
            new CommandDefinition(EstablishedOnSql, transaction: unitOfWork.Transaction, cancellationToken: cancellationToken)));

    /// <summary>
    /// The officials among <paramref name="officialIds"/> that exist, as attendees of their agency's
    /// participant, read inside <paramref name="unitOfWork"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Attendee>> GetOfficialsAsync(
        IUnitOfWork unitOfWork, IEnumerable<Guid> officialIds, CancellationToken cancellationToken)
    {
        var found = new List<Attendee>();
        foreach (var id in officialIds.Distinct())
        {
            var rows = await unitOfWork.Connection.QueryAsync<(string OfficialId, string AgencyId, string Participant)>(
                new CommandDefinition(OfficialSql, new { Id = Text(id) }, unitOfWork.Transaction, cancellationToken: cancellationToken));
            found.AddRange(rows.Select(r => new Attendee(Guid.Parse(r.OfficialId), Guid.Parse(r.AgencyId), Enum.Parse<Participant>(r.Participant))));
        }

        return found;
    }

    /// <summary>The agency an official belongs to, read inside <paramref name="unitOfWork"/>; null when the official is unknown.</summary>
    public static async Task<Guid?> GetAgencyOfOfficialAsync(IUnitOfWork unitOfWork, Guid officialId, CancellationToken cancellationToken)
    {
        var value = await unitOfWork.Connection.QuerySingleOrDefaultAsync<string?>(
            new CommandDefinition(AgencyOfOfficialSql, new { Id = Text(officialId) }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return value is null ? null : Guid.Parse(value);
    }

    /// <summary>The co-chairs serving on <paramref name="on"/>, read inside <paramref name="unitOfWork"/>.</summary>
    public static async Task<IReadOnlyList<CoChair>> GetServingCoChairsAsync(IUnitOfWork unitOfWork, DateOnly on, CancellationToken cancellationToken)
    {
        var rows = await unitOfWork.Connection.QueryAsync<(string OfficialId, string Participant)>(
            new CommandDefinition(CoChairsSql, new { On = on }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        return rows.Select(r => new CoChair(Guid.Parse(r.OfficialId), Enum.Parse<Participant>(r.Participant))).ToList();
    }

    /// <summary>The agencies among <paramref name="agencyIds"/> that exist, read inside <paramref name="unitOfWork"/>.</summary>
    public static async Task<IReadOnlySet<Guid>> GetExistingAgencyIdsAsync(
        IUnitOfWork unitOfWork, IEnumerable<Guid> agencyIds, CancellationToken cancellationToken)
    {
        var found = new HashSet<Guid>();
        foreach (var id in agencyIds.Distinct())
        {
            var value = await unitOfWork.Connection.QuerySingleOrDefaultAsync<string?>(
                new CommandDefinition(AgencySql, new { Id = Text(id) }, unitOfWork.Transaction, cancellationToken: cancellationToken));
            if (value is not null)
            {
                found.Add(Guid.Parse(value));
            }
        }

        return found;
    }

    private static DateOnly? ParseDate(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // Ids are compared as stored text, so they are passed in the stored form.
    private static string Text(Guid id) => id.ToString("D");
}
