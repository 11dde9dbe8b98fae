using Cooperation.Training.Tests.Exchanges;
using Cooperation.Training.Tests.Infrastructure;
using Dapper;
using Npgsql;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Cascades;

/// <summary>The list's command count, in a class of its own, counted once the outbox relay has sent this class's events.</summary>
public sealed class CascadeListTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    [Fact]
    public async Task ListCascadeCommitments_runs_a_fixed_number_of_commands_whatever_the_page_size()
    {
        for (var i = 0; i < 3; i++)
        {
            await factory.CompletedAsync();
        }

        await Eventually.WaitUntilAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(factory.ConnectionString);
            return await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL") == 0;
        }, "the relay sends the exchanges' events");
        await factory.Cascades().ListCascadeCommitmentsAsync(new V1.ListCascadeCommitmentsRequest { PageSize = 1 });
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        var one = await factory.Cascades().ListCascadeCommitmentsAsync(new V1.ListCascadeCommitmentsRequest { PageSize = 1 });
        var onePage = counter.Count;
        counter.Reset();
        var many = await factory.Cascades().ListCascadeCommitmentsAsync(new V1.ListCascadeCommitmentsRequest { PageSize = 3 });

        Assert.Single(one.Commitments);
        Assert.NotEmpty(one.NextPageToken);
        Assert.Equal(3, many.Commitments.Count);
        Assert.Equal(onePage, counter.Count);
        Assert.InRange(onePage, 1, 6);
    }
}
