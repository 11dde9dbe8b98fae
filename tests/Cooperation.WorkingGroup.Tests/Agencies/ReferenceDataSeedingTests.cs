using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.PersonalData;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Agencies;

public sealed class ReferenceDataSeedingTests : IDisposable
{
    // A factory per test: each test starts the service with its own seed settings and counts what the start-up seeded.
    private readonly WorkingGroupServiceFactory _factory = new();

    [Fact]
    public async Task The_Testing_environment_seeds_nothing()
    {
        var agencies = await new V1.AgenciesService.AgenciesServiceClient(_factory.Channel).ListAgenciesAsync(new V1.ListAgenciesRequest());

        Assert.Empty(agencies.Agencies);
    }

    [Fact]
    public async Task Seeding_registers_the_participants_agencies_and_example_officials_once()
    {
        // Two start-ups on the same database: the second must add nothing. The seeding hosts share
        // the factory's database file, so the factory's own (unseeded) host reads what they wrote.
        for (var start = 0; start < 2; start++)
        {
            using var seeded = _factory.WithWebHostBuilder(b => b.UseSetting(SeedPolicy.EnabledKey, "true"));
            _ = seeded.Server;

            var agencies = await new V1.AgenciesService.AgenciesServiceClient(_factory.Channel).ListAgenciesAsync(new V1.ListAgenciesRequest());
            var officials = await new V1.OfficialsService.OfficialsServiceClient(_factory.Channel).ListOfficialsAsync(
                new V1.ListOfficialsRequest { Justification = "Checking the seeded examples" });

            Assert.Equal(6, agencies.Agencies.Count(a => a.Participant == TypeV1.Participant.Uk));
            Assert.Equal(6, agencies.Agencies.Count(a => a.Participant == TypeV1.Participant.Bg));
            Assert.Contains(agencies.Agencies, a => a.NameEn == "Border Police" && a.NameBg == "Главна дирекция „Гранична полиция“");
            Assert.Contains(officials.Officials, o => o.FullName == "Example Official (UK co-chair)" && o.Participant == TypeV1.Participant.Uk);
            Assert.All(officials.Officials, o => Assert.EndsWith("@example.org", o.WorkEmail, StringComparison.Ordinal));
            Assert.Equal(4, officials.Officials.Count);
            Assert.All(officials.Officials, o => Assert.Equal(V1.LegalBasis.PublicTask, o.LegalBasis));
        }

        // Written by the service itself: one Create per seeded row, none on the second start.
        var seededRecords = await AuditRecords.ForOperationAsync(_factory, "SeedReferenceData");
        Assert.Equal(12 + 4, seededRecords.Count);
        Assert.All(seededRecords, r => Assert.Equal(("service:working-group", "create"), (r.ActorSubject, r.Action)));
    }

    [Fact]
    public async Task The_development_personas_agencies_are_seeded_under_the_personas_agency_ids()
    {
        using var seeded = _factory.WithWebHostBuilder(b => b.UseSetting(SeedPolicy.EnabledKey, "true"));
        _ = seeded.Server;
        var client = new V1.AgenciesService.AgenciesServiceClient(_factory.Channel);

        foreach (var (id, name) in new[]
        {
            (DevelopmentPersonas.UkHomeOffice, "Home Office"),
            (DevelopmentPersonas.UkNationalCrimeAgency, "National Crime Agency"),
            (DevelopmentPersonas.UkBorderForce, "Border Force"),
            (DevelopmentPersonas.BgMinistryOfInterior, "Ministry of Interior"),
            (DevelopmentPersonas.BgBorderPolice, "Border Police"),
        })
        {
            var agency = (await client.GetAgencyAsync(new V1.GetAgencyRequest { AgencyId = id.ToString() })).Agency;
            Assert.Equal(name, agency.NameEn);
        }

        // Every persona with an agency belongs to a seeded agency.
        foreach (var persona in DevelopmentPersonas.All.Where(p => p.AgencyId is not null))
        {
            await client.GetAgencyAsync(new V1.GetAgencyRequest { AgencyId = persona.AgencyId!.Value.ToString() });
        }
    }

    public void Dispose() => _factory.Dispose();
}
