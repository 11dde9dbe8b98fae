using Cooperation.Training.Tests.Infrastructure;
using Grpc.Core;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Exchanges;

/// <summary>
/// Lists of exchanges, in a class of their own: no other test's events keep the outbox relay
/// busy on this database while its commands are counted.
/// </summary>
public sealed class ExchangeListTests(TrainingServiceFactory factory) : IClassFixture<TrainingServiceFactory>
{
    [Fact]
    public async Task ListExchanges_pages_an_agencys_exchanges_in_a_fixed_number_of_commands()
    {
        var mine = new[] { await factory.ProposedAsync(), await factory.ProposedAsync(), await factory.ProposedAsync() };
        // A first call opens the pool's connections (and loads their types): not the list's commands.
        await factory.Exchanges().ListExchangesAsync(new V1.ListExchangesRequest { PageSize = 1 });
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));

        var first = await factory.Exchanges().ListExchangesAsync(new V1.ListExchangesRequest { PageSize = 1 });
        var onePage = counter.Count;
        counter.Reset();
        var all = await factory.Exchanges().ListExchangesAsync(new V1.ListExchangesRequest { PageSize = 200 });

        Assert.Equal(onePage, counter.Count);
        Assert.InRange(onePage, 1, 6);
        Assert.Single(first.Exchanges);
        Assert.NotEmpty(first.NextPageToken);
        Assert.All(all.Exchanges, x => Assert.True(x.GuestAgencyId == ExchangeRequests.Nca || x.HostAgencyId == ExchangeRequests.Nca));
        Assert.Subset(all.Exchanges.Select(x => x.Id).ToHashSet(), mine.Select(x => x.Id).ToHashSet());
        var proposed = await factory.Exchanges("bg-co-chair").ListExchangesAsync(new V1.ListExchangesRequest
        {
            AgencyId = ExchangeRequests.Nca, Status = V1.ExchangeStatus.Proposed, PageSize = 200,
        });
        Assert.All(proposed.Exchanges, x => Assert.Equal(V1.ExchangeStatus.Proposed, x.Status));

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.Exchanges().ListExchangesAsync(
            new V1.ListExchangesRequest { AgencyId = ExchangeRequests.BorderPolice }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("page_token", () => factory.Exchanges().ListExchangesAsync(
            new V1.ListExchangesRequest { PageToken = "???" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("status", () => factory.Exchanges().ListExchangesAsync(
            new V1.ListExchangesRequest { Status = (V1.ExchangeStatus)99 }).ResponseAsync);
    }
}
