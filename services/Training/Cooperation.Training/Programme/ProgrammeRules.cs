namespace Cooperation.Training.Programme;

/// <summary>Stable names of the programme items' rules, reported as the subject of a FailedPrecondition.</summary>
public static class ProgrammeRules
{
    /// <summary>A programme item completes once: delivered, or closed undelivered; ProjectCompleted goes back once.</summary>
    public const string ProgrammeItemsCompleteOnce = "programme-items-complete-once";

    /// <summary>Events are scheduled for a programme item while it is open, not once it has completed.</summary>
    public const string EventsDeliverOpenProgrammeItems = "events-deliver-open-programme-items";
}
