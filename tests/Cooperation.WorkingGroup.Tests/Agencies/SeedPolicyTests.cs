using Cooperation.WorkingGroup.Agencies;
using Microsoft.Extensions.Configuration;

namespace Cooperation.WorkingGroup.Tests.Agencies;

public sealed class SeedPolicyTests
{
    private static IConfiguration Config(string? enabled) => new ConfigurationBuilder()
        .AddInMemoryCollection(enabled is null ? [] : [new KeyValuePair<string, string?>(SeedPolicy.EnabledKey, enabled)])
        .Build();

    [Fact]
    public void Development_seeds_by_default() => Assert.True(SeedPolicy.ShouldSeed("Development", Config(null)));

    [Theory]
    [InlineData("Testing")]
    [InlineData("Production")]
    public void Other_environments_do_not_seed_by_default(string environment) =>
        Assert.False(SeedPolicy.ShouldSeed(environment, Config(null)));

    [Fact]
    public void Seed_Enabled_decides_in_any_environment()
    {
        Assert.True(SeedPolicy.ShouldSeed("Production", Config("true")));
        Assert.False(SeedPolicy.ShouldSeed("Development", Config("false")));
    }

    [Fact]
    public void The_reference_agencies_are_six_per_participant_with_Bulgarian_names()
    {
        var agencies = ReferenceAgencies.All(DateTimeOffset.UnixEpoch);

        Assert.Equal(6, agencies.Count(a => a.Participant == Cooperation.BuildingBlocks.Domain.Participant.UK));
        Assert.Equal(6, agencies.Count(a => a.Participant == Cooperation.BuildingBlocks.Domain.Participant.BG));
        Assert.All(agencies, a => Assert.Contains(a.NameBg, c => c is >= 'А' and <= 'я'));
        Assert.Equal(agencies.Count, agencies.Select(a => a.Id).Distinct().Count());
    }
}
