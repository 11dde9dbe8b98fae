using Cooperation.WorkingGroup.Establishment;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// A working-group meeting (¶6): scheduled with an agenda, then held (or cancelled). A held meeting
/// records who attended, is chaired jointly by the serving BG and UK co-chairs, and takes minutes,
/// decisions and action items.
/// <para>
/// Open action items carry to the next meeting only: the next scheduled meeting (the earliest one
/// dated today or later) shows its own items followed by every action item still open, when its
/// agenda is read, so an item closed after scheduling drops off and one raised after scheduling
/// appears; later scheduled meetings and past-dated ones still awaiting their record show their
/// own items alone. Holding a meeting freezes into its agenda the items still open that were
/// raised at meetings held before it, so the held record shows what was carried that day.
/// </para>
/// </summary>
public sealed class Meeting
{
    private readonly List<AgendaItem> _agenda;
    private readonly List<Attendee> _attendees;

    public Meeting(
        Guid id, MeetingStatus status, DateOnly scheduledOn, string location, MeetingFormat format,
        IEnumerable<AgendaItem> agenda, DateOnly? heldOn = null, IEnumerable<Attendee>? attendees = null, string? minutes = null)
    {
        Id = id;
        Status = status;
        ScheduledOn = scheduledOn;
        Location = location;
        Format = format;
        _agenda = [.. agenda];
        HeldOn = heldOn;
        _attendees = [.. attendees ?? []];
        Minutes = minutes;
    }

    public Guid Id { get; }

    public MeetingStatus Status { get; private set; }

    public DateOnly ScheduledOn { get; }

    public string Location { get; }

    public MeetingFormat Format { get; }

    /// <summary>The agenda as stored: the meeting's own items (and, once held, the items carried into it).</summary>
    public IReadOnlyList<AgendaItem> Agenda => _agenda;

    public DateOnly? HeldOn { get; private set; }

    public IReadOnlyList<Attendee> Attendees => _attendees;

    public string? Minutes { get; private set; }

    /// <summary>
    /// At least one official of a BG agency and one of a UK agency attended. A held meeting always
    /// has both (its two co-chairs attend); it is reported, never a condition of a decision.
    /// </summary>
    public bool BothParticipantsPresent =>
        _attendees.Any(a => a.Participant == Participant.BG) && _attendees.Any(a => a.Participant == Participant.UK);

    public static Meeting Schedule(
        Guid id, DateOnly scheduledOn, string location, MeetingFormat format, IEnumerable<string> agendaTitles, DateOnly? establishedOn)
    {
        if (establishedOn is null)
        {
            throw new RuleViolationException(EstablishmentRules.WorkingGroupMustBeEstablished,
                "The working group has not been established yet, so it cannot meet.");
        }

        EnsureNotBeforeEstablishment(scheduledOn, establishedOn.Value);
        return new Meeting(id, MeetingStatus.Scheduled, scheduledOn, location, format, agendaTitles.Select(t => new AgendaItem(t)));
    }

    /// <summary>
    /// The agenda to show: the next scheduled meeting's own items followed by the action items
    /// still open; any other meeting's agenda as stored.
    /// </summary>
    public IReadOnlyList<AgendaItem> AgendaWithCarriedItems(IEnumerable<ActionItem> openActionItems, Guid? nextScheduledMeetingId) =>
        Status != MeetingStatus.Scheduled || Id != nextScheduledMeetingId
            ? _agenda
            : [.. _agenda, .. CarriedItems(openActionItems)];

    public void ReplaceAgenda(IEnumerable<string> agendaTitles)
    {
        EnsureStatus(MeetingStatus.Scheduled, MeetingRules.MeetingMustBeScheduled);
        _agenda.Clear();
        _agenda.AddRange(agendaTitles.Select(t => new AgendaItem(t)));
    }

    public void Cancel()
    {
        EnsureStatus(MeetingStatus.Scheduled, MeetingRules.MeetingMustBeScheduled);
        Status = MeetingStatus.Cancelled;
    }

    /// <summary>
    /// Records that the meeting took place. Both serving co-chairs must be among the attendees,
    /// because they chair every meeting jointly (¶6).
    /// </summary>
    public void Hold(
        DateOnly heldOn, IReadOnlyCollection<Attendee> attendees, IReadOnlyCollection<CoChair> servingCoChairs,
        DateOnly establishedOn, IEnumerable<ActionItem> openActionItems)
    {
        EnsureStatus(MeetingStatus.Scheduled, MeetingRules.MeetingMustBeScheduled);
        EnsureNotBeforeEstablishment(heldOn, establishedOn);

        var present = attendees.Select(a => a.OfficialId).ToHashSet();
        var chairs = servingCoChairs.Where(c => present.Contains(c.OfficialId)).ToList();
        if (!chairs.Any(c => c.Participant == Participant.BG) || !chairs.Any(c => c.Participant == Participant.UK))
        {
            throw new RuleViolationException(MeetingRules.MeetingsAreChairedJointly,
                "A meeting is chaired jointly: the serving BG co-chair and the serving UK co-chair must both attend.");
        }

        var chairIds = chairs.Select(c => c.OfficialId).ToHashSet();
        _agenda.AddRange(CarriedItems(openActionItems));
        _attendees.Clear();
        _attendees.AddRange(attendees.Select(a => a with { CoChair = chairIds.Contains(a.OfficialId) }));
        HeldOn = heldOn;
        Status = MeetingStatus.Held;
    }

    public void RecordMinutes(string minutes)
    {
        EnsureStatus(MeetingStatus.Held, MeetingRules.MeetingMustBeHeld);
        Minutes = minutes;
    }

    /// <summary>
    /// Records a decision for the co-chair of <paramref name="recordedBy"/>. One that binds the
    /// programme stays pending until the other participant's co-chair confirms it (¶1: the
    /// programme is joint; <see cref="Decision.Confirm"/>). Both participants were present: a
    /// meeting is held only with both co-chairs attending (<see cref="Hold"/>).
    /// </summary>
    public Decision RecordDecision(Guid decisionId, string text, bool binding, DateTimeOffset recordedAt, Participant recordedBy)
    {
        EnsureStatus(MeetingStatus.Held, MeetingRules.MeetingMustBeHeld);
        return new Decision(decisionId, Id, text, binding, recordedAt, recordedBy);
    }

    public ActionItem AddActionItem(Guid actionItemId, string description, Guid ownerOfficialId, DateOnly dueOn)
    {
        EnsureStatus(MeetingStatus.Held, MeetingRules.MeetingMustBeHeld);
        return new ActionItem(actionItemId, Id, description, ownerOfficialId, dueOn, ActionItemStatus.Open);
    }

    private IEnumerable<AgendaItem> CarriedItems(IEnumerable<ActionItem> openActionItems) =>
        openActionItems
            .Where(i => i.Status == ActionItemStatus.Open && i.MeetingId != Id)
            .OrderBy(i => i.DueOn)
            .Select(i => new AgendaItem(i.Description, i.Id));

    private void EnsureStatus(MeetingStatus required, string rule)
    {
        if (Status != required)
        {
            throw new RuleViolationException(rule,
                $"Meeting {Id} is {Status.ToString().ToUpperInvariant()}; this needs a {required.ToString().ToUpperInvariant()} meeting.");
        }
    }

    private static void EnsureNotBeforeEstablishment(DateOnly date, DateOnly establishedOn)
    {
        if (date < establishedOn)
        {
            throw new RuleViolationException(MeetingRules.MeetingCannotPrecedeEstablishment,
                $"The working group was established on {establishedOn:yyyy-MM-dd}; it cannot meet before then.");
        }
    }
}
