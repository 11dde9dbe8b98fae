using Cooperation.BuildingBlocks.Audit;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Establishment;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using MeetingRules = Cooperation.WorkingGroup.Meetings.MeetingRules;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Establishment;

/// <summary>A mistyped establishment date corrected by a co-chair, with everything derived from it following.</summary>
public sealed class EstablishmentCorrectionTests : IDisposable
{
    // A factory per test: the group is established once per programme, so each test needs a programme of its own.
    private readonly WorkingGroupServiceFactory _factory = new();
    private readonly V1.WorkingGroupService.WorkingGroupServiceClient _client;

    public EstablishmentCorrectionTests()
    {
        _client = new V1.WorkingGroupService.WorkingGroupServiceClient(_factory.Channel);
        _factory.SetToday(new DateOnly(2024, 2, 10));
    }

    private Task<V1.EstablishWorkingGroupResponse> EstablishAsync(string on) =>
        _client.EstablishWorkingGroupAsync(new V1.EstablishWorkingGroupRequest { EstablishedOn = WireDates.On(on) }).ResponseAsync;

    private Task<V1.CorrectEstablishmentDateResponse> CorrectAsync(string on, string reason = "The minutes show the first meeting's date") =>
        _client.CorrectEstablishmentDateAsync(new V1.CorrectEstablishmentDateRequest { EstablishedOn = WireDates.On(on), Reason = reason }).ResponseAsync;

    [Fact]
    public async Task CorrectEstablishmentDate_makes_a_late_establishment_on_time_and_audits_the_old_and_new_date()
    {
        await EstablishAsync("2024-01-20");

        var corrected = (await CorrectAsync("2023-12-12")).WorkingGroup;

        Assert.Equal(("2023-12-12", true, 0), (WireDates.Text(corrected.EstablishedOn), corrected.OnTime, corrected.DaysLate));
        Assert.Equal(corrected, (await _client.GetWorkingGroupAsync(new V1.GetWorkingGroupRequest())).WorkingGroup);
        var update = Assert.Single(await _factory.AuditOfAsync(WorkingGroupAudit.WorkingGroup, WorkingGroupRecord.Id.ToString()), r => r.Action == AuditAction.Update);
        Assert.Equal(("CorrectEstablishmentDate", "established_on corrected from 2024-01-20 to 2023-12-12: The minutes show the first meeting's date"),
            (update.Operation, update.Justification));
        Assert.Equal([false, true], (await _factory.OutboxAsync<WorkingGroupEstablished>()).Select(e => e.OnTime));
    }

    [Fact]
    public async Task A_correction_into_the_previous_quarter_raises_its_breach_in_the_same_unit_and_the_daily_pass_not_again()
    {
        // 5 January: only Q1 2024, still running, counts. 28 December brings in Q4 2023, closed without a meeting.
        await EstablishAsync("2024-01-05");
        Assert.Empty(await _factory.OutboxAsync<MeetingCadenceBreached>());

        await CorrectAsync("2023-12-28");
        await _factory.Services.GetRequiredService<CadenceBreachCheck>().RunAsync(CancellationToken.None);

        var breach = Assert.Single(await _factory.OutboxAsync<MeetingCadenceBreached>());
        Assert.Equal((2023, 4), (breach.Year, breach.Quarter));
        var raised = Assert.Single(await _factory.AuditOfAsync(CadenceAudit.CadenceBreach, "2023-Q4"));
        Assert.Equal("CorrectEstablishmentDate", raised.Operation);
        var cadence = await new V1.CadenceService.CadenceServiceClient(_factory.Channel).GetCadenceAsync(new V1.GetCadenceRequest());
        Assert.Equal([(2023, 4, V1.QuarterState.Breached), (2024, 1, V1.QuarterState.Due)],
            cadence.Quarters.Select(q => (q.Year, q.Quarter, q.State)));
    }

    [Fact]
    public async Task A_retroactive_establishment_raises_the_closed_quarters_breach_at_once()
    {
        await EstablishAsync("2023-12-01");

        var breach = Assert.Single(await _factory.OutboxAsync<MeetingCadenceBreached>());
        Assert.Equal((2023, 4), (breach.Year, breach.Quarter));
        Assert.Equal("EstablishWorkingGroup", Assert.Single(await _factory.AuditOfAsync(CadenceAudit.CadenceBreach, "2023-Q4")).Operation);
    }

    [Fact]
    public async Task Establishment_correction_changes_the_date()
    {
        await EstablishAsync("2024-01-20");

        await RpcAssert.FailedPreconditionAsync(EstablishmentRules.CorrectionChangesTheDate, () => CorrectAsync("2024-01-20"));
    }

    [Fact]
    public async Task A_correction_after_a_meeting_is_refused_as_the_meeting_would_precede_establishment()
    {
        await EstablishAsync("2024-01-05");
        await _factory.ScheduleAsync("2024-01-08");

        await RpcAssert.FailedPreconditionAsync(MeetingRules.MeetingCannotPrecedeEstablishment, () => CorrectAsync("2024-01-09"));
        Assert.True((await CorrectAsync("2024-01-08")).WorkingGroup.Established);
    }

    [Fact]
    public async Task CorrectEstablishmentDate_validates_its_fields_and_the_dates_rules()
    {
        await RpcAssert.FailedPreconditionAsync(EstablishmentRules.WorkingGroupMustBeEstablished, () => CorrectAsync("2024-01-05"));
        await EstablishAsync("2024-01-20");

        await RpcAssert.InvalidArgumentAsync("established_on", () => _client.CorrectEstablishmentDateAsync(
            new V1.CorrectEstablishmentDateRequest { Reason = "Typo" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("reason", () => CorrectAsync("2024-01-05", reason: " "));
        await RpcAssert.FailedPreconditionAsync(EstablishmentRules.NotBeforeSigning, () => CorrectAsync("2023-11-12"));
        await RpcAssert.FailedPreconditionAsync(EstablishmentRules.NotInFuture, () => CorrectAsync("2024-02-11"));
        var coordinator = new V1.WorkingGroupService.WorkingGroupServiceClient(_factory.ChannelFor("bg-border-police-coordinator"));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => coordinator.CorrectEstablishmentDateAsync(
            new V1.CorrectEstablishmentDateRequest { EstablishedOn = WireDates.On("2024-01-05"), Reason = "Typo" }).ResponseAsync);
    }

    public void Dispose() => _factory.Dispose();
}
