using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Agencies;

public sealed class ReferenceDataSeedingTests : IDisposable
{
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
        // Two start-ups on the same database: the second must add nothing.
        for (var start = 0; start < 2; start++)
        {
            using var seeded = _factory.WithWebHostBuilder(b => b.UseSetting(SeedPolicy.EnabledKey, "true"));
            using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(seeded.Server.BaseAddress,
                new Grpc.Net.Client.GrpcChannelOptions { HttpHandler = seeded.Server.CreateHandler() });

            var agencies = await new V1.AgenciesService.AgenciesServiceClient(channel).ListAgenciesAsync(new V1.ListAgenciesRequest());
            var officials = await new V1.OfficialsService.OfficialsServiceClient(channel).ListOfficialsAsync(new V1.ListOfficialsRequest());

            Assert.Equal(6, agencies.Agencies.Count(a => a.Participant == V1.Participant.Uk));
            Assert.Equal(6, agencies.Agencies.Count(a => a.Participant == V1.Participant.Bg));
            Assert.Contains(agencies.Agencies, a => a.NameEn == "Border Police" && a.NameBg == "Главна дирекция „Гранична полиция“");
            Assert.Contains(officials.Officials, o => o.FullName == "Example Official (UK co-chair)" && o.Participant == V1.Participant.Uk);
            Assert.All(officials.Officials, o => Assert.EndsWith("@example.org", o.WorkEmail, StringComparison.Ordinal));
            Assert.Equal(4, officials.Officials.Count);
        }
    }

    public void Dispose() => _factory.Dispose();
}
