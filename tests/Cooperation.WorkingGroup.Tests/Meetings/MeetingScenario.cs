using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>Short ways to reach a meeting in a given state through the public RPCs.</summary>
public static class MeetingScenario
{
    /// <summary>The meetings client of the default persona, the UK co-chair.</summary>
    public static MeetingsService.MeetingsServiceClient Meetings(this WorkingGroupServiceFactory factory) => new(factory.Channel);

    public static MeetingsService.MeetingsServiceClient MeetingsAs(this WorkingGroupServiceFactory factory, string persona) => new(factory.ChannelFor(persona));

    public static async Task<Meeting> ScheduleAsync(this WorkingGroupServiceFactory factory, string scheduledOn = "2023-12-04", params string[] agenda)
    {
        var request = new ScheduleMeetingRequest { ScheduledOn = WireDates.On(scheduledOn), Location = "Sofia", Format = MeetingFormat.InPerson };
        request.AgendaItems.AddRange(agenda.Length == 0 ? ["Terms of reference"] : agenda);
        return (await factory.Meetings().ScheduleMeetingAsync(request)).Meeting;
    }

    /// <summary>Schedules and holds a meeting on <paramref name="heldOn"/>, moving the clock there; both co-chairs attend, plus <paramref name="others"/>.</summary>
    public static async Task<Meeting> HoldAsync(this WorkingGroupServiceFactory factory, SeededProgramme programme, string heldOn = "2023-12-04", params Guid[] others)
    {
        factory.SetToday(DateOnly.Parse(heldOn, System.Globalization.CultureInfo.InvariantCulture));
        var meeting = await factory.ScheduleAsync(heldOn);
        var request = new HoldMeetingRequest { MeetingId = meeting.Id, HeldOn = WireDates.On(heldOn) };
        request.AttendeeOfficialIds.AddRange(new[] { programme.BgCoChair, programme.UkCoChair }.Concat(others).Select(o => o.ToString()));
        return (await factory.Meetings().HoldMeetingAsync(request)).Meeting;
    }

    /// <summary>The UK co-chair records a decision; a binding one stays pending until <see cref="ConfirmAsync"/>.</summary>
    public static async Task<Decision> DecideAsync(this WorkingGroupServiceFactory factory, Meeting meeting, bool binding, string text = "Agree the plan") =>
        (await factory.Meetings().RecordDecisionAsync(new RecordDecisionRequest { MeetingId = meeting.Id, Text = text, Binding = binding })).Decision;

    /// <summary>The BG co-chair confirms a binding decision the UK co-chair recorded.</summary>
    public static async Task<Decision> ConfirmAsync(this WorkingGroupServiceFactory factory, Decision decision) =>
        (await factory.MeetingsAs("bg-co-chair").ConfirmDecisionAsync(new ConfirmDecisionRequest { DecisionId = decision.Id })).Decision;

    /// <summary>A binding decision recorded by the UK co-chair and confirmed by the BG co-chair: in force.</summary>
    public static async Task<Decision> DecideJointlyAsync(this WorkingGroupServiceFactory factory, Meeting meeting, string text = "Agree the plan") =>
        await factory.ConfirmAsync(await factory.DecideAsync(meeting, binding: true, text));
}
