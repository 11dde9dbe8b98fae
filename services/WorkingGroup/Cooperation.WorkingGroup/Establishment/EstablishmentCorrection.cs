using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Meetings;

namespace Cooperation.WorkingGroup.Establishment;

/// <summary>
/// A mistyped establishment date put right (¶5). The corrected date must be one the group could
/// have been established on (not before signing, not in the future), must change something, and
/// must not leave a meeting dated before the group existed. Everything derived from the date (on
/// time, days late, the cadence's quarters and breaches) is computed from the stored date, so it
/// follows the correction by itself.
/// </summary>
internal sealed record EstablishmentCorrection(Guid Id, DateOnly PreviousEstablishedOn, EstablishmentAssessment Corrected, string Reason)
{
    public static EstablishmentCorrection Decide(
        WorkingGroupRecord current, DateOnly correctedOn, string reason, DateOnly today, DateOnly? earliestMeetingOn)
    {
        var assessment = EstablishmentDeadline.Assess(correctedOn, today);
        if (correctedOn == current.EstablishedOn)
        {
            throw new RuleViolationException(EstablishmentRules.CorrectionChangesTheDate,
                $"The working group is already recorded as established on {correctedOn:yyyy-MM-dd}.");
        }

        if (earliestMeetingOn is { } earliest && earliest < correctedOn)
        {
            throw new RuleViolationException(MeetingRules.MeetingCannotPrecedeEstablishment,
                $"A meeting is dated {earliest:yyyy-MM-dd}; the group cannot have been established after it, on {correctedOn:yyyy-MM-dd}.");
        }

        return new EstablishmentCorrection(Guid.NewGuid(), current.EstablishedOn, assessment, reason);
    }

    /// <summary>What the audit record says of the correction: the old and the new date (programme facts, not personal data) and why.</summary>
    public string AuditJustification =>
        $"established_on corrected from {PreviousEstablishedOn:yyyy-MM-dd} to {Corrected.EstablishedOn:yyyy-MM-dd}: {Reason}";
}
