using Cooperation.BuildingBlocks.Data;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Establishment;
using Cooperation.WorkingGroup.Membership;
using Cooperation.WorkingGroup.Reviews;

namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>
/// Gathers a period's evidence: what this service holds, read in one session (five commands
/// whatever the programme's size), then the measures' values from the metrics service, read
/// after the session is closed so no database connection waits on another service.
/// </summary>
internal sealed class ReviewEvidenceAssembly(
    IDbConnectionFactory connections,
    StatementReviewRepository reviews,
    WorkingGroupRepository workingGroups,
    CadenceRepository cadence,
    MembershipRepository memberships,
    ReviewEvidenceRepository evidence,
    SuccessMeasureValues measureValues)
{
    /// <summary>The date the default period starts after: the latest review's.</summary>
    public async Task<DateOnly?> LastReviewedOnAsync(CancellationToken cancellationToken)
    {
        await using var session = await ReadSession.OpenAsync(connections, cancellationToken);
        return (await reviews.LatestAsync(session))?.ReviewedOn;
    }

    public async Task<ReviewEvidence> AssembleAsync(ReviewPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        DateOnly? establishedOn;
        IReadOnlyList<DateOnly> heldOn;
        AgencyCoverage coverage;
        ReviewEvidenceRepository.StoredEvidence stored;
        await using (var session = await ReadSession.OpenAsync(connections, cancellationToken))
        {
            establishedOn = await workingGroups.GetEstablishedOnAsync(session);
            heldOn = await cadence.GetHeldDatesAsync(session);
            coverage = await memberships.CoverageAsync(session);
            stored = await evidence.ReadAsync(session, period);
        }

        var values = await measureValues.LatestAsync(stored.Measures.Select(m => m.MeasureId).ToList(), period.End, cancellationToken);
        return new ReviewEvidence(
            period,
            Establishment(establishedOn, period),
            Quarters(establishedOn, heldOn, period),
            stored.Meetings,
            stored.MeetingsCancelled,
            coverage.Participants.Select(p => new CoverageFact(p.Participant, p.Registered, p.Covered.Count)).ToList(),
            stored.Decisions,
            stored.ActionItems,
            stored.Projects,
            stored.Debriefs,
            stored.OpenCorrectiveActions,
            stored.Measures.Select(m => m.WithValue(values[m.MeasureId])).ToList(),
            stored.PriorReviews);
    }

    // As the period's end saw it: a group established after the period was not yet established in it.
    private static EstablishmentFacts Establishment(DateOnly? establishedOn, ReviewPeriod period) =>
        establishedOn is { } on && on <= period.End
            ? Facts(EstablishmentDeadline.Evaluate(on))
            : new EstablishmentFacts(null, EstablishmentDeadline.DueBy, false, EstablishmentDeadline.DaysOverdue(period.End));

    private static EstablishmentFacts Facts(EstablishmentAssessment a) => new(a.EstablishedOn, a.DueBy, a.OnTime, a.DaysLate);

    // The quarters the period touches from establishment on, judged as at the period's end.
    private static List<QuarterCompliance> Quarters(DateOnly? establishedOn, IReadOnlyList<DateOnly> heldOn, ReviewPeriod period) =>
        establishedOn is { } on && on <= period.End
            ? new QuarterlyCadence(on, heldOn.Where(d => d <= period.End))
                .Quarters(period.End)
                .Where(q => q.Quarter.End >= period.Start)
                .ToList()
            : [];
}
