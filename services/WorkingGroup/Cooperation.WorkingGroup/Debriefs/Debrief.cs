using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>
/// A debrief of an operation relevant to both participants (¶4d), after the after-action review
/// practice: what worked, what should work better, lessons for multi-agency working, the channels
/// information was shared through, and corrective actions tracked to completion.
/// </summary>
internal sealed record Debrief(
    Guid Id,
    string OperationReference,
    DateOnly OperationDate,
    IReadOnlyList<InvolvedAgency> Agencies,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> AreasForImprovement,
    IReadOnlyList<string> MultiAgencyLessons,
    IReadOnlyList<SharingChannel> Channels,
    IReadOnlyList<CorrectiveAction> CorrectiveActions,
    BestPracticeNote? Note,
    Guid RecordedByAgencyId,
    DateTimeOffset RecordedAt)
{
    public const int MaxListItems = 20;

    public const int MaxItemLength = 1000;

    public bool Involves(Guid? agencyId) => agencyId is { } id && Agencies.Any(a => a.AgencyId == id);

    /// <summary>
    /// Records the debrief the caller's agency wrote, refusing it (<see cref="DebriefRules"/>) when the
    /// operation was not one of both participants, lies ahead, or a corrective action has no agenda
    /// to carry it (<paramref name="heldMeetingId"/> is the latest held meeting, if any).
    /// </summary>
    public static Debrief Record(
        DebriefDraft draft, IReadOnlyList<InvolvedAgency> agencies, IReadOnlyDictionary<Guid, Guid> agencyOfOfficial,
        Guid? heldMeetingId, Guid recordedByAgencyId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(agencies);
        ArgumentNullException.ThrowIfNull(agencyOfOfficial);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (draft.OperationDate > today)
        {
            throw new RuleViolationException(DebriefRules.OperationNotInFuture,
                $"An operation dated after today ({today:yyyy-MM-dd}) cannot have been debriefed.");
        }

        if (!agencies.Any(a => a.Participant == Participant.BG) || !agencies.Any(a => a.Participant == Participant.UK))
        {
            throw new RuleViolationException(DebriefRules.DebriefInvolvesBothParticipants,
                "A debrief is of an operation relevant to both participants: name at least one BG and one UK agency.");
        }

        var id = Guid.NewGuid();
        var actions = new List<CorrectiveAction>(draft.CorrectiveActions.Count);
        foreach (var action in draft.CorrectiveActions)
        {
            if (!agencyOfOfficial.TryGetValue(action.OwnerOfficialId, out var officialAgency) || officialAgency != action.OwnerAgencyId)
            {
                throw new RuleViolationException(DebriefRules.CorrectiveActionOwnedByOwnerAgency,
                    $"Official {action.OwnerOfficialId} is not an official of the owner agency {action.OwnerAgencyId}.");
            }

            if (heldMeetingId is null)
            {
                throw new RuleViolationException(DebriefRules.CorrectiveActionsNeedAHeldMeeting,
                    "Corrective actions are carried as the working group's action items, which follow a held meeting; hold the first meeting first.");
            }

            actions.Add(new CorrectiveAction(Guid.NewGuid(), id, action.Description, action.OwnerAgencyId, action.OwnerOfficialId,
                action.DueOn, CorrectiveActionStatus.Open, null, Guid.NewGuid()));
        }

        return new Debrief(id, draft.OperationReference, draft.OperationDate, agencies, draft.Strengths, draft.AreasForImprovement,
            draft.MultiAgencyLessons, draft.Channels, actions, null, recordedByAgencyId, now);
    }

    /// <summary>Publishes the debrief's best practice, once.</summary>
    public BestPracticeNote PublishNote(string title, string text, Guid publishedByAgencyId, DateTimeOffset now)
    {
        if (Note is not null)
        {
            throw new RuleViolationException(DebriefRules.BestPracticeNotePublishedOnce,
                $"The debrief of {OperationReference} already published its best-practice note on {Note.PublishedAt:yyyy-MM-dd}.");
        }

        return new BestPracticeNote(Id, OperationReference, title, text, publishedByAgencyId, now);
    }
}

/// <summary>A debrief as the request gives it, validated but not yet checked against the programme's rules.</summary>
internal sealed record DebriefDraft(
    string OperationReference,
    DateOnly OperationDate,
    IReadOnlyList<Guid> AgencyIds,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> AreasForImprovement,
    IReadOnlyList<string> MultiAgencyLessons,
    IReadOnlyList<SharingChannel> Channels,
    IReadOnlyList<CorrectiveActionDraft> CorrectiveActions);

/// <summary>A corrective action as the request gives it.</summary>
internal sealed record CorrectiveActionDraft(string Description, Guid OwnerAgencyId, Guid OwnerOfficialId, DateOnly DueOn);
