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
}
