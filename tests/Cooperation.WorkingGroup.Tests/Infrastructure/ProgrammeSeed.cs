using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Security.Development;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.WorkingGroup.Tests.Infrastructure;

/// <summary>
/// The reference data a seeded programme holds: one agency per participant, two co-chairs and a
/// member each. The agencies carry the ids of the development personas' agencies (BG Border
/// Police, UK National Crime Agency), so "bg-border-police-coordinator" coordinates the BG agency.
/// </summary>
public sealed record SeededProgramme(DateOnly EstablishedOn, Guid BgAgency, Guid UkAgency, Guid BgCoChair, Guid UkCoChair, Guid BgMember, Guid UkMember)
{
    public Guid[] EveryOfficial => [BgCoChair, UkCoChair, BgMember, UkMember];
}

/// <summary>
/// Writes agencies, officials, the working group and memberships straight into the tables of
/// the baseline migration, so meetings, cadence and projects can be tested on their own.
/// </summary>
public static class ProgrammeSeed
{
    /// <summary>Within a month of signing (13 Nov 2023).</summary>
    public static readonly DateOnly DefaultEstablishedOn = new(2023, 11, 20);

    public static async Task<SeededProgramme> SeedProgrammeAsync(this WorkingGroupServiceFactory factory, DateOnly? establishedOn = null)
    {
        var established = establishedOn ?? DefaultEstablishedOn;
        var bgAgency = await factory.AddAgencyAsync("BG", "Border Police", DevelopmentPersonas.BgBorderPolice);
        var ukAgency = await factory.AddAgencyAsync("UK", "National Crime Agency", DevelopmentPersonas.UkNationalCrimeAgency);
        var programme = new SeededProgramme(
            established, bgAgency, ukAgency,
            await factory.AddOfficialAsync(bgAgency), await factory.AddOfficialAsync(ukAgency),
            await factory.AddOfficialAsync(bgAgency), await factory.AddOfficialAsync(ukAgency));
        await factory.EstablishAsync(established);
        await factory.AddMembershipAsync(programme.BgCoChair, "co_chair", "BG", established);
        await factory.AddMembershipAsync(programme.UkCoChair, "co_chair", "UK", established);
        await factory.AddMembershipAsync(programme.BgMember, "member", "BG", established);
        await factory.AddMembershipAsync(programme.UkMember, "member", "UK", established);
        return programme;
    }

    public static async Task<Guid> AddAgencyAsync(this WorkingGroupServiceFactory factory, string participant, string name, Guid? agencyId = null)
    {
        var id = agencyId ?? Guid.NewGuid();
        await factory.ExecuteAsync("""
            INSERT INTO agencies (id, participant, name_en, name_bg, kind, created_at)
            VALUES (@Id, @Participant, @Name, @Name, 'police', '2023-11-13T09:00:00.0000000Z')
            """, new { Id = id, Participant = participant, Name = $"{name} {id:N}" });
        return id;
    }

    public static async Task<Guid> AddOfficialAsync(this WorkingGroupServiceFactory factory, Guid agencyId)
    {
        var id = Guid.NewGuid();
        await factory.ExecuteAsync("""
            INSERT INTO officials (id, agency_id, full_name, role_title, work_email, purpose, designated_at)
            VALUES (@Id, @AgencyId, 'Test Official', 'Officer', @Email, 'working group member', '2023-11-13T09:00:00.0000000Z')
            """, new { Id = id, AgencyId = agencyId, Email = $"official-{id:N}@example.org" });
        return id;
    }

    public static Task EstablishAsync(this WorkingGroupServiceFactory factory, DateOnly establishedOn) =>
        factory.ExecuteAsync("""
            INSERT INTO working_group (id, established_on, due_by, recorded_at)
            VALUES (@Id, @EstablishedOn, '2023-12-13', '2023-11-13T09:00:00.0000000Z')
            """, new { Cooperation.WorkingGroup.Establishment.WorkingGroupRecord.Id, EstablishedOn = establishedOn });

    public static Task AddMembershipAsync(this WorkingGroupServiceFactory factory, Guid officialId, string role, string participant, DateOnly startedOn, DateOnly? endedOn = null) =>
        factory.ExecuteAsync("""
            INSERT INTO memberships (id, official_id, role, participant, started_on, ended_on)
            VALUES (@Id, @OfficialId, @Role, @Participant, @StartedOn, @EndedOn)
            """, new
        {
            Id = Guid.NewGuid(), OfficialId = officialId, Role = role, Participant = participant,
            StartedOn = startedOn, EndedOn = endedOn,
        });

    public static async Task ExecuteAsync(this WorkingGroupServiceFactory factory, string sql, object? args = null)
    {
        await using var connection = await factory.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync();
        await connection.ExecuteAsync(sql, args);
    }

    /// <summary>Moves the service's clock to 09:00 UTC on <paramref name="date"/> (forward only).</summary>
    public static void SetToday(this WorkingGroupServiceFactory factory, DateOnly date)
    {
        var target = new DateTimeOffset(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var now = factory.Clock.GetUtcNow();
        if (target > now)
        {
            factory.Clock.Advance(target - now);
        }
    }
}
