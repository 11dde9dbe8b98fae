using Cooperation.Training.Tests.Infrastructure;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Needs;

/// <summary>
/// The list's command count, in a class of its own: no other test's events keep the outbox relay
/// busy on this database while its commands are counted.
/// </summary>
public sealed class TrainingNeedListTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    [Fact]
    public async Task ListTrainingNeeds_runs_a_fixed_number_of_commands_whatever_the_page_size()
    {
        for (var i = 0; i < 5; i++)
        {
            await factory.RegisteredAsync(headcount: 3, TypeV1.CooperationAreaTag.IllicitCash);
        }

        var client = factory.Needs(Personas.Analyst);
        // A first call opens the pool's connections (and loads their types): not the list's commands.
        await client.ListTrainingNeedsAsync(new V1.ListTrainingNeedsRequest { PageSize = 1 });
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        var one = await client.ListTrainingNeedsAsync(new V1.ListTrainingNeedsRequest { PageSize = 1 });
        var onePage = counter.Count;
        counter.Reset();
        var many = await client.ListTrainingNeedsAsync(new V1.ListTrainingNeedsRequest { PageSize = 5, UncoveredOnly = true });

        Assert.Single(one.Needs);
        Assert.Equal(5, many.Needs.Count);
        Assert.Equal(onePage, counter.Count);
        Assert.InRange(onePage, 1, 2);
    }
}
