using Cooperation.Training.Tests.Infrastructure;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Catalogue;

/// <summary>A list or get of the catalogue runs the same small number of commands whatever the page holds.</summary>
public sealed class CatalogueQueryCountTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    [Fact]
    public async Task ListActivities_and_GetActivity_run_a_fixed_number_of_commands()
    {
        var client = new V1.CatalogueService.CatalogueServiceClient(factory.ChannelFor(Personas.UkCoordinator));
        var ids = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            ids.Add((await client.CreateActivityAsync(CatalogueRequests.NewActivity())).Activity.Id);
        }

        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        await client.ListActivitiesAsync(new V1.ListActivitiesRequest { PageSize = 1 });
        var one = counter.Count;
        counter.Reset();
        var many = await client.ListActivitiesAsync(new V1.ListActivitiesRequest { PageSize = 25 });
        var manyCount = counter.Count;
        counter.Reset();
        await client.GetActivityAsync(new V1.GetActivityRequest { ActivityId = ids[0] });
        var get = counter.Count;

        Assert.Equal(25, many.Activities.Count);
        Assert.Equal(one, manyCount);
        Assert.InRange(one, 1, 3);
        Assert.InRange(get, 1, 3);
    }
}
