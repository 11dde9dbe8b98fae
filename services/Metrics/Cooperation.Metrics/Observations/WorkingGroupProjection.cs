using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>
/// Which built-in indicator each working-group event moves, and in which quarter: the quarter of
/// the fact itself (the day held, the day reviewed), or of when it was announced where the event
/// carries no date of its own.
/// </summary>
public static class WorkingGroupProjection
{
    public static Observation Of(WorkingGroupEstablished established) =>
        Observation.Set(BuiltInIndicators.EstablishedOnTime, Quarter.Of(established.EstablishedOn), established.OnTime ? 1m : 0m);

    public static Observation Of(MeetingHeld held) =>
        Observation.Count(BuiltInIndicators.MeetingsHeld, new Quarter(held.Year, held.Quarter));

    public static Observation Of(MeetingCadenceBreached breached) =>
        Observation.Count(BuiltInIndicators.QuartersBreached, new Quarter(breached.Year, breached.Quarter));

    public static Observation Of(ProjectAgreed agreed) =>
        Observation.Count(BuiltInIndicators.ProjectsAgreed, Quarter.Of(agreed.OccurredAt));

    /// <summary>Commenced and completed move their indicators; the other statuses move none (agreed has its own event).</summary>
    public static Observation? Of(ProjectStatusChanged changed) => changed.Status switch
    {
        "commenced" => Observation.Count(BuiltInIndicators.ProjectsCommenced, Quarter.Of(changed.OccurredAt)),
        "completed" => Observation.Count(BuiltInIndicators.ProjectsCompleted, Quarter.Of(changed.OccurredAt)),
        _ => null,
    };

    public static Observation Of(StatementReviewed reviewed) =>
        Observation.Count(BuiltInIndicators.StatementReviews, Quarter.Of(reviewed.ReviewedOn));

    /// <summary>Each item done is one figure (1 on time, 0 late) in the quarter it was closed: the value is the share on time, %.</summary>
    public static IReadOnlyList<Figure> Figures(ActionItemClosed closed)
    {
        ArgumentNullException.ThrowIfNull(closed);
        return [new Figure(BuiltInIndicators.ActionItemsClosedOnTime, closed.ActionItemId.ToString("D"), Disaggregation.Total,
            Quarter.Of(closed.ClosedOn), closed.OnTime ? 1m : 0m, 1m, closed.OccurredAt, FigureAggregate.Percentage, FigureScope.Flow)];
    }

    /// <summary>
    /// The latest absolute coverage, a stock: one figure per participant under its key, and one for
    /// the total carrying both participants' sums (the event has both, so the total is one figure,
    /// not two whose separate recomputations would race inside one event).
    /// </summary>
    public static IReadOnlyList<Figure> Figures(AgencyCoverageChanged changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var quarter = Quarter.Of(changed.OccurredAt);
        Figure Coverage(string subject, string disaggregation, int covered, int total) =>
            new(BuiltInIndicators.AgencyCoverage, subject, disaggregation, quarter, covered, total, changed.OccurredAt,
                FigureAggregate.Percentage, FigureScope.Stock);
        return
        [
            Coverage("programme", Disaggregation.Total, changed.Participants.Sum(p => p.CoveredAgencies), changed.Participants.Sum(p => p.TotalAgencies)),
            .. changed.Participants.Select(p =>
                Coverage(p.Participant, Disaggregation.Of(Dimensions.Participant, p.Participant), p.CoveredAgencies, p.TotalAgencies)),
        ];
    }
}
