using Cooperation.AppHost.Tests.Infrastructure;
using Cooperation.Contracts.WorkingGroup.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Date = Google.Type.Date;
using Metrics = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.AppHost.Tests;

/// <summary>
/// End to end on the real broker and PostgreSQL: a meeting held in the working group reaches the
/// metrics service (outbox, RabbitMQ, inbox) and moves <c>wg.meetings-held</c> on a dashboard's
/// subscribed WatchIndicators stream.
/// </summary>
[Collection(StartedStackDefinition.Name)]
public sealed class MeetingOnTheMetricsStreamTests(StackFixture stack)
{
    private const string MeetingsHeld = "wg.meetings-held";
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_meeting_held_in_the_working_group_moves_meetings_held_on_a_subscribed_stream()
    {
        using (var ready = new CancellationTokenSource(TimeSpan.FromMinutes(2)))
        {
            await stack.Stack.App.ResourceNotifications.WaitForResourceHealthyAsync("metrics", ready.Token);
        }

        using var ukChair = stack.Stack.ChannelTo("working-group", "uk-co-chair");
        using var bgChair = stack.Stack.ChannelTo("working-group", "bg-co-chair");
        var (bgOfficial, ukOfficial) = await EnsureChairedAndEstablishedAsync(ukChair, bgChair);

        using var metrics = stack.Stack.ChannelTo("metrics", "uk-co-chair");
        using var watch = new Metrics.IndicatorStreamService.IndicatorStreamServiceClient(metrics)
            .WatchIndicators(new Metrics.WatchIndicatorsRequest { IndicatorIds = { MeetingsHeld } }, deadline: DateTime.UtcNow.Add(DeliveryTimeout * 2));
        using var delivery = new CancellationTokenSource(DeliveryTimeout);
        Assert.True(await watch.ResponseStream.MoveNext(delivery.Token));
        var snapshot = watch.ResponseStream.Current.Snapshot;
        Assert.NotNull(snapshot);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (year, quarter) = (today.Year, ((today.Month - 1) / 3) + 1);
        var before = snapshot.Values.Where(v => v.Value.Quarter.Year == year && v.Value.Quarter.Quarter_ == quarter).Select(v => v.Value.Value).DefaultIfEmpty(0).Single();

        var meetings = new MeetingsService.MeetingsServiceClient(ukChair);
        var scheduled = (await meetings.ScheduleMeetingAsync(new ScheduleMeetingRequest
        {
            ScheduledOn = DateOf(today), Location = "Sofia", Format = MeetingFormat.Hybrid, AgendaItems = { "Quarterly figures" },
        }, deadline: Deadline())).Meeting;
        await meetings.HoldMeetingAsync(new HoldMeetingRequest
        {
            MeetingId = scheduled.Id, HeldOn = DateOf(today), AttendeeOfficialIds = { bgOfficial, ukOfficial },
        }, deadline: Deadline());

        while (await watch.ResponseStream.MoveNext(delivery.Token))
        {
            if (watch.ResponseStream.Current.Change is { } change
                && change.Value.Quarter.Year == year && change.Value.Quarter.Quarter_ == quarter && change.Value.Value > before)
            {
                Assert.Equal(MeetingsHeld, change.IndicatorId);
                Assert.Equal(before + 1, change.Value.Value);
                Assert.True(change.Value.Version > snapshot.Version);
                return;
            }
        }

        Assert.Fail("The stream ended before the held meeting reached it.");
    }

    /// <summary>Both co-chairs on the group and the group established; whatever an earlier run of the shared stack already did is kept.</summary>
    private static async Task<(string Bg, string Uk)> EnsureChairedAndEstablishedAsync(GrpcChannel ukChair, GrpcChannel bgChair)
    {
        var membership = new MembershipService.MembershipServiceClient(ukChair);
        var chairs = (await membership.GetCoChairsAsync(new GetCoChairsRequest { Justification = "end-to-end test of the metrics stream" }, deadline: Deadline())).CoChairs;
        var bg = chairs.Bg?.OfficialId ?? await AddCoChairAsync(bgChair, Cooperation.BuildingBlocks.Security.Development.DevelopmentPersonas.BgMinistryOfInterior, "BG");
        var uk = chairs.Uk?.OfficialId ?? await AddCoChairAsync(ukChair, Cooperation.BuildingBlocks.Security.Development.DevelopmentPersonas.UkHomeOffice, "UK");

        var workingGroup = new WorkingGroupService.WorkingGroupServiceClient(ukChair);
        try
        {
            await workingGroup.EstablishWorkingGroupAsync(new EstablishWorkingGroupRequest
            {
                EstablishedOn = DateOf(DateOnly.FromDateTime(DateTime.UtcNow)),
            }, deadline: Deadline());
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.AlreadyExists or StatusCode.FailedPrecondition)
        {
            // Established by an earlier test of the shared stack.
        }

        return (bg, uk);
    }

    private static async Task<string> AddCoChairAsync(GrpcChannel coChair, Guid agencyId, string participant)
    {
        var official = (await new OfficialsService.OfficialsServiceClient(coChair).DesignateOfficialAsync(new DesignateOfficialRequest
        {
            AgencyId = agencyId.ToString(), FullName = $"Stream test co-chair {participant}", RoleTitle = "Co-chair",
            WorkEmail = $"stream-test-{participant.ToLowerInvariant()}@agency.example", Purpose = "Chairs the working group",
            LegalBasis = LegalBasis.PublicTask,
        }, deadline: Deadline())).Official;
        await new MembershipService.MembershipServiceClient(coChair).AddMemberAsync(new AddMemberRequest
        {
            OfficialId = official.Id, Role = MembershipRole.CoChair,
        }, deadline: Deadline());
        return official.Id;
    }

    private static Date DateOf(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    private static DateTime Deadline() => DateTime.UtcNow.Add(CallTimeout);
}
