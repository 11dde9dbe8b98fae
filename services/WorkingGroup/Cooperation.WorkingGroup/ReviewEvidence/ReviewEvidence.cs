using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Cadence;

namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>
/// What the working group did in a review period (¶8), each part answering one paragraph of the
/// statement. The pack holds facts as read, never judgements: the co-chairs decide the review.
/// </summary>
internal sealed record ReviewEvidence(
    ReviewPeriod Period,
    EstablishmentFacts Establishment,
    IReadOnlyList<QuarterCompliance> Quarters,
    IReadOnlyList<HeldMeetingFact> Meetings,
    int MeetingsCancelled,
    IReadOnlyList<CoverageFact> Coverage,
    IReadOnlyList<DecisionFact> Decisions,
    ActionItemFacts ActionItems,
    IReadOnlyList<ProjectFact> Projects,
    IReadOnlyList<DebriefFact> Debriefs,
    IReadOnlyList<OpenCorrectiveActionFact> OpenCorrectiveActions,
    IReadOnlyList<MeasureFact> Measures,
    PriorReviewFacts PriorReviews)
{
    public bool AllAgenciesCovered => Coverage.Sum(c => c.Registered) > 0 && Coverage.All(c => c.Covered == c.Registered);

    /// <summary>Every measure's value was read, or the metrics service answered that it has none.</summary>
    public bool MetricsAvailable => Measures.All(m => m.Value.State != MeasureValueState.MetricsUnavailable);
}

/// <summary>¶5 "within a month of signing".</summary>
internal sealed record EstablishmentFacts(DateOnly? EstablishedOn, DateOnly DueBy, bool OnTime, int DaysLate);

internal sealed record HeldMeetingFact(Guid MeetingId, DateOnly HeldOn, int Attendees, int Agencies);

internal sealed record CoverageFact(Participant Participant, int Registered, int Covered);

internal sealed record DecisionFact(Guid DecisionId, DateOnly HeldOn, string Text, bool Binding, bool InForce);

internal sealed record ActionItemFacts(int Raised, int Done, int DoneOnTime, int Open, int Overdue);

internal sealed record ProjectFact(Guid ProjectId, string Title, string Workstream, string Status)
{
    /// <summary>¶4b is the training programme, ¶4c capacity building.</summary>
    public string Paragraph => Workstream == "training" ? "¶4b" : "¶4c";
}

internal sealed record DebriefFact(Guid DebriefId, string OperationReference, DateOnly OperationDate, int Agencies, int Lessons, bool NotePublished);

internal sealed record OpenCorrectiveActionFact(
    Guid CorrectiveActionId, string OperationReference, string Description, Guid OwnerAgencyId, DateOnly DueOn, bool Overdue);

internal sealed record MeasureFact(
    Guid MeasureId, string Criterion, string Name, string Unit, decimal Baseline, decimal Target, string Direction, MeasureValue Value);

internal sealed record PriorReviewFacts(DateOnly? LastReviewedOn, string? LastOutcome, int ReviewsRecorded);
