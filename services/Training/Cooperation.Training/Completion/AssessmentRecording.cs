using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Catalogue;
using Cooperation.Training.SignUp;

namespace Cooperation.Training.Completion;

/// <summary>
/// When pre and post scores may be recorded: for an activity that has an assessment, for an
/// official holding a seat, and until the event is assessed (its TrainingCompleted carries them).
/// </summary>
public static class AssessmentRecording
{
    public static void EnsureCanRecord(Activity activity, Booking booking, bool eventAssessed)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(booking);
        if (!activity.HasAssessment)
        {
            throw new RuleViolationException(CompletionRules.AssessmentOnlyWhereTheActivityHasOne,
                $"Activity {activity.Code} has no assessment; no scores are recorded for it.");
        }

        if (booking.Status != BookingStatus.Booked)
        {
            throw new RuleViolationException(CompletionRules.AssessmentIsRecordedForBookedOfficials,
                $"Booking {booking.Id} is {booking.Status}; scores are recorded for officials holding a seat.");
        }

        if (eventAssessed)
        {
            throw new RuleViolationException(CompletionRules.AssessmentIsRecordedBeforeCompletion,
                $"Event {booking.EventId} has been assessed; its scores were announced with the completions.");
        }
    }
}
