using Cooperation.Contracts.Messages.CapacityBuilding;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Meetings;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Projects;
using MassTransit;

namespace Cooperation.WorkingGroup.Tests.Meetings;

// A factory per test: an escalated risk goes on the programme's next scheduled meeting, so the agenda is exact only on a programme of its own.
public sealed class RiskEscalationTests : IDisposable
{
    private readonly WorkingGroupServiceFactory _factory = new();

    [Fact]
    public async Task An_escalated_risk_goes_on_the_next_scheduled_meetings_agenda_once()
    {
        await _factory.SeedProgrammeAsync();
        _factory.SetToday(new DateOnly(2023, 12, 1));
        var later = await _factory.ScheduleAsync("2024-03-04", "Quarterly review");
        var next = await _factory.ScheduleAsync("2024-01-15", "Budget");
        var escalated = Escalated(RiskEscalationReason.HighScore);

        await DeliverAsync(escalated);
        await DeliverAsync(escalated);                                 // the broker's redelivery: same message id
        await DeliverAsync(escalated, messageId: Guid.NewGuid());      // the same escalation under another message id

        var agenda = (await _factory.Meetings().GetMeetingAsync(new GetMeetingRequest { MeetingId = next.Id })).Meeting.Agenda.Select(a => a.Title);
        Assert.Equal(["Budget", "Escalated risk (high risk, score 20): Detection equipment: Scanners are not delivered"], agenda);
        var untouched = (await _factory.Meetings().GetMeetingAsync(new GetMeetingRequest { MeetingId = later.Id })).Meeting.Agenda.Select(a => a.Title);
        Assert.Equal(["Quarterly review"], untouched);
        Assert.Contains(await _factory.AuditOfAsync(MeetingsAudit.Meeting, next.Id), r => r.Operation == "RiskEscalated" && r.Fields.Contains("agenda_items"));
    }

    [Fact]
    public async Task An_escalated_risk_waits_until_a_meeting_is_scheduled()
    {
        await _factory.SeedProgrammeAsync();
        _factory.SetToday(new DateOnly(2023, 12, 1));
        var overdue = Escalated(RiskEscalationReason.ReviewOverdue);

        await DeliverAsync(overdue);
        var meeting = await _factory.ScheduleAsync("2024-01-15", "Budget");
        var second = await _factory.ScheduleAsync("2024-02-15", "Training plan");

        Assert.Equal(["Budget", "Escalated risk (review overdue, score 20): Detection equipment: Scanners are not delivered"], meeting.Agenda.Select(a => a.Title));
        Assert.Equal(["Training plan"], second.Agenda.Select(a => a.Title));
        Assert.Single(await _factory.AuditOfAsync(MeetingsAudit.RiskEscalation, overdue.EventId.ToString()));
    }

    [Fact]
    public void A_long_risk_is_cut_to_the_longest_agenda_item()
    {
        var risk = new EscalatedRisk(Guid.NewGuid(), Guid.NewGuid(), new string('p', 200), Guid.NewGuid(), new string('e', 200), 16, RiskEscalationReason.HighScore);

        Assert.Equal(EscalatedRisk.MaxAgendaTitle, risk.AgendaTitle.Length);
        Assert.EndsWith("…", risk.AgendaTitle, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private async Task DeliverAsync(RiskEscalated escalated, Guid? messageId = null)
    {
        var counter = new ConsumeCounter<RiskEscalated>();
        using var observing = _factory.Harness.Bus.ConnectConsumeMessageObserver(counter);
        await _factory.Harness.Bus.Publish(escalated, c => c.MessageId = messageId ?? escalated.EventId);
        await Eventually.UntilAsync(() => counter.Consumed > 0, $"RiskEscalated {escalated.EventId} is consumed");
    }

    private static RiskEscalated Escalated(RiskEscalationReason reason) => new()
    {
        ProjectId = Guid.NewGuid(), ProjectTitle = "Detection equipment", RiskId = Guid.NewGuid(), RiskEvent = "Scanners are not delivered",
        Score = 20, Reason = reason, LeadAgencyId = Guid.NewGuid(),
    };
}
