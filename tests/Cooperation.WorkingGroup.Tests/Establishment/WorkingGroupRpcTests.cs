using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Establishment;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Establishment;

public sealed class WorkingGroupRpcTests : IDisposable
{
    // A factory per test: the group is established once per programme, so each test needs a programme of its own.
    private readonly WorkingGroupServiceFactory _factory = new();
    private readonly V1.WorkingGroupService.WorkingGroupServiceClient _client;

    public WorkingGroupRpcTests() => _client = new V1.WorkingGroupService.WorkingGroupServiceClient(_factory.Channel);

    private Task<V1.EstablishWorkingGroupResponse> EstablishAsync(string on) =>
        _client.EstablishWorkingGroupAsync(new V1.EstablishWorkingGroupRequest { EstablishedOn = on.Length == 0 ? null : WireDates.On(on) }).ResponseAsync;

    [Fact]
    public async Task EstablishWorkingGroup_on_time_is_reported_and_announced_once()
    {
        _factory.Clock.SetUtcNow(new DateTimeOffset(2023, 12, 13, 12, 0, 0, TimeSpan.Zero));

        var established = (await EstablishAsync("2023-12-13")).WorkingGroup;

        Assert.Equal((true, "2023-12-13", "2023-12-13", true, 0),
            (established.Established, WireDates.Text(established.EstablishedOn), WireDates.Text(established.DueBy), established.OnTime, established.DaysLate));
        Assert.Equal(established, (await _client.GetWorkingGroupAsync(new V1.GetWorkingGroupRequest())).WorkingGroup);
        var announced = await OutboxAssert.SingleAsync<WorkingGroupEstablished>(_factory);
        Assert.Equal((new DateOnly(2023, 12, 13), new DateOnly(2023, 12, 13), true), (announced.EstablishedOn, announced.DueBy, announced.OnTime));
    }

    [Fact]
    public async Task EstablishWorkingGroup_after_13_December_2023_is_reported_late_by_days()
    {
        _factory.Clock.SetUtcNow(new DateTimeOffset(2024, 1, 10, 9, 0, 0, TimeSpan.Zero));

        var established = (await EstablishAsync("2023-12-20")).WorkingGroup;

        Assert.Equal((false, 7), (established.OnTime, established.DaysLate));
        Assert.False((await OutboxAssert.SingleAsync<WorkingGroupEstablished>(_factory)).OnTime);
    }

    [Fact]
    public async Task EstablishWorkingGroup_a_second_time_already_exists_and_announces_nothing_more()
    {
        await EstablishAsync("2023-11-13");

        await RpcAssert.ThrowsAsync(StatusCode.AlreadyExists, () => EstablishAsync("2023-11-13"));
        await OutboxAssert.SingleAsync<WorkingGroupEstablished>(_factory);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13-01")]
    [InlineData("2023-12-00")]
    public async Task EstablishWorkingGroup_without_a_proper_date_names_established_on(string on) =>
        await RpcAssert.InvalidArgumentAsync("established_on", () => EstablishAsync(on));

    [Fact]
    public async Task EstablishWorkingGroup_before_signing_or_in_the_future_breaks_a_rule()
    {
        await RpcAssert.FailedPreconditionAsync(EstablishmentRules.NotBeforeSigning, () => EstablishAsync("2023-11-01"));
        await RpcAssert.FailedPreconditionAsync(EstablishmentRules.NotInFuture, () => EstablishAsync("2023-11-14"));
        Assert.Empty(await OutboxAssert.AllAsync<WorkingGroupEstablished>(_factory));
    }

    [Fact]
    public async Task GetWorkingGroup_before_establishment_reports_the_due_date_and_days_overdue()
    {
        _factory.Clock.SetUtcNow(new DateTimeOffset(2023, 12, 23, 9, 0, 0, TimeSpan.Zero));

        var status = (await _client.GetWorkingGroupAsync(new V1.GetWorkingGroupRequest())).WorkingGroup;

        Assert.Equal((false, "2023-11-13", "2023-12-13", "", 10),
            (status.Established, WireDates.Text(status.SignedOn), WireDates.Text(status.DueBy), WireDates.Text(status.EstablishedOn), status.DaysLate));
    }

    public void Dispose() => _factory.Dispose();
}
