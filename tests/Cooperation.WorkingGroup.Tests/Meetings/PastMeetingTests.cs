using Cooperation.Contracts.WorkingGroup.V1;
using MeetingRules = Cooperation.WorkingGroup.Meetings.MeetingRules;
using Cooperation.WorkingGroup.Tests.Infrastructure;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>
/// The programme brought onto the system after the fact: the UK co-chair was replaced on
/// 1 March 2024, and meetings held before and after are recorded afterwards, each checked against
/// the co-chairs serving on its own date. Each test records its own meeting.
/// </summary>
public sealed class PastMeetingTests(ReplacedCoChairProgramme programme) : IClassFixture<ReplacedCoChairProgramme>
{
    private MeetingsService.MeetingsServiceClient Client => programme.Factory.Meetings();

    private async Task<Meeting> RecordAsync(string date, params Guid[] attendees)
    {
        var meeting = await programme.Factory.ScheduleAsync(date);
        var request = new HoldMeetingRequest { MeetingId = meeting.Id, HeldOn = WireDates.On(date) };
        request.AttendeeOfficialIds.AddRange(attendees.Select(a => a.ToString()));
        return (await Client.HoldMeetingAsync(request)).Meeting;
    }

    private static string[] CoChairsOf(Meeting meeting) => meeting.Attendees.Where(a => a.CoChair).Select(a => a.OfficialId).Order().ToArray();

    [Fact]
    public async Task A_meeting_the_day_before_the_replacement_is_chaired_by_the_outgoing_co_chair()
    {
        var seeded = programme.Seeded;

        var held = await RecordAsync("2024-02-29", seeded.BgCoChair, seeded.UkCoChair, programme.IncomingUkCoChair);

        Assert.Equal(MeetingStatus.Held, held.Status);
        Assert.Equal(new[] { seeded.BgCoChair.ToString(), seeded.UkCoChair.ToString() }.Order(), CoChairsOf(held));
    }

    [Fact]
    public async Task The_outgoing_co_chair_cannot_chair_a_meeting_on_the_replacement_day()
    {
        var seeded = programme.Seeded;

        await RpcAssert.FailedPreconditionAsync(MeetingRules.MeetingsAreChairedJointly,
            () => RecordAsync("2024-03-01", seeded.BgCoChair, seeded.UkCoChair));
    }

    [Fact]
    public async Task A_meeting_on_the_replacement_day_marks_only_the_incoming_co_chair()
    {
        var seeded = programme.Seeded;

        var held = await RecordAsync("2024-03-01", seeded.BgCoChair, seeded.UkCoChair, programme.IncomingUkCoChair);

        Assert.Equal(new[] { seeded.BgCoChair.ToString(), programme.IncomingUkCoChair.ToString() }.Order(), CoChairsOf(held));
    }

    [Fact]
    public async Task The_outgoing_co_chair_cannot_chair_a_meeting_the_day_after_the_replacement()
    {
        var seeded = programme.Seeded;

        await RpcAssert.FailedPreconditionAsync(MeetingRules.MeetingsAreChairedJointly,
            () => RecordAsync("2024-03-02", seeded.BgCoChair, seeded.UkCoChair));
        var held = await RecordAsync("2024-03-02", seeded.BgCoChair, programme.IncomingUkCoChair);
        Assert.Equal(new[] { seeded.BgCoChair.ToString(), programme.IncomingUkCoChair.ToString() }.Order(), CoChairsOf(held));
    }

    [Fact]
    public async Task A_past_quarter_with_a_recorded_meeting_is_compliant()
    {
        var seeded = programme.Seeded;
        await RecordAsync("2024-05-15", seeded.BgCoChair, programme.IncomingUkCoChair);

        var cadence = await new CadenceService.CadenceServiceClient(programme.Factory.Channel).GetCadenceAsync(new GetCadenceRequest());

        var q2 = cadence.Quarters.Single(q => (q.Year, q.Quarter) == (2024, 2));
        Assert.Equal(QuarterState.Met, q2.State);
        Assert.Equal(QuarterState.Breached, cadence.Quarters.Single(q => (q.Year, q.Quarter) == (2023, 4)).State);
    }
}

/// <summary>A seeded programme whose UK co-chair was replaced on 1 March 2024, recorded on 10 August 2024
/// (within a year of the officials' designation, so the retention pass keeps them).</summary>
public sealed class ReplacedCoChairProgramme : IAsyncLifetime
{
    public WorkingGroupServiceFactory Factory { get; } = new();

    public SeededProgramme Seeded { get; private set; } = null!;

    public Guid IncomingUkCoChair { get; private set; }

    public async Task InitializeAsync()
    {
        Seeded = await Factory.SeedProgrammeAsync();
        IncomingUkCoChair = await Factory.AddOfficialAsync(Seeded.UkAgency);
        Factory.SetToday(new DateOnly(2024, 8, 10));
        await new MembershipService.MembershipServiceClient(Factory.Channel).ReplaceCoChairAsync(new ReplaceCoChairRequest
        {
            OfficialId = IncomingUkCoChair.ToString(),
            ReplacedOn = WireDates.On("2024-03-01"),
        });
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
