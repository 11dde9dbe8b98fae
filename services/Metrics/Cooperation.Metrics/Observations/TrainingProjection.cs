using Cooperation.Contracts.Messages.Training;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>
/// Which training indicator each training event moves, in which quarter and under which
/// disaggregation keys: the quarter of the fact where the event dates it (a session's start, an
/// exchange's start or end, a cascade's delivery), else of when it was announced.
/// </summary>
public static class TrainingProjection
{
    public static IReadOnlyList<Observation> Of(TrainingSessionHeld held) =>
        Observation.Count(TrainingIndicators.SessionsHeld, Quarter.Of(held.StartedAt))
            .WithBreakdown([Disaggregation.Of(Dimensions.Agency, held.HostAgencyId)]);

    public static IReadOnlyList<Observation> Of(BookingApproved approved) =>
        Observation.Count(TrainingIndicators.BookingsApproved, Quarter.Of(approved.OccurredAt))
            .WithBreakdown([Disaggregation.Of(Dimensions.Agency, approved.AgencyId)]);

    /// <summary>A completion counts the official as trained under their participant (unknown when the publisher did not say), agency and each theme.</summary>
    public static IReadOnlyList<Observation> OfficialsTrained(TrainingCompleted completed)
    {
        ArgumentNullException.ThrowIfNull(completed);
        if (!completed.Completed)
        {
            return [];
        }

        return Observation.Count(TrainingIndicators.OfficialsTrained, Quarter.Of(completed.OccurredAt)).WithBreakdown(
        [
            Disaggregation.Of(Dimensions.Participant, completed.Participant),
            Disaggregation.Of(Dimensions.Agency, completed.AgencyId),
            .. completed.Themes.Select(theme => Disaggregation.Of(Dimensions.Theme, theme)),
        ]);
    }

    /// <summary>
    /// Each assessed booking is one figure of the completion rate (1 completed, 0 not) and, where
    /// both scores are present, one of the mean gain; a re-assessment of the booking replaces its figure.
    /// </summary>
    public static IReadOnlyList<Figure> Figures(TrainingCompleted completed)
    {
        ArgumentNullException.ThrowIfNull(completed);
        var quarter = Quarter.Of(completed.OccurredAt);
        string[] keys = [Disaggregation.Of(Dimensions.Participant, completed.Participant), Disaggregation.Of(Dimensions.Agency, completed.AgencyId)];
        var subject = completed.BookingId.ToString("D");
        var rate = new Figure(TrainingIndicators.CompletionRate, subject, Disaggregation.Total, quarter,
            completed.Completed ? 1m : 0m, 1m, completed.OccurredAt, FigureAggregate.Ratio, FigureScope.Flow).WithBreakdown(keys);
        if (completed.PreScore is not { } pre || completed.PostScore is not { } post)
        {
            return rate;
        }

        var gain = new Figure(TrainingIndicators.AssessmentGain, subject, Disaggregation.Total, quarter,
            post - pre, 1m, completed.OccurredAt, FigureAggregate.Ratio, FigureScope.Flow).WithBreakdown(keys);
        return [.. rate, .. gain];
    }

    public static IReadOnlyList<Observation> Of(CertificateIssued issued) =>
        Observation.Count(TrainingIndicators.Certificates, Quarter.Of(issued.OccurredAt))
            .WithBreakdown([Disaggregation.Of(Dimensions.Agency, issued.IssuingAgencyId)]);

    /// <summary>A revocation takes the certificate off the count in the quarter it was revoked.</summary>
    public static IReadOnlyList<Observation> Of(CertificateRevoked revoked) =>
        Observation.Add(TrainingIndicators.Certificates, Quarter.Of(revoked.OccurredAt), -1m)
            .WithBreakdown([Disaggregation.Of(Dimensions.Agency, revoked.IssuingAgencyId)]);

    public static IReadOnlyList<Observation> Of(ExchangeStarted started) =>
        Observation.Count(TrainingIndicators.ExchangesStarted, Quarter.Of(started.StartedOn)).WithBreakdown(
            [Disaggregation.Of(Dimensions.Participant, started.GuestParticipant), Disaggregation.Of(Dimensions.Agency, started.GuestAgencyId)]);

    public static IReadOnlyList<Observation> Of(ExchangeCompleted completed) =>
        Observation.Count(TrainingIndicators.ExchangesCompleted, Quarter.Of(completed.CompletedOn)).WithBreakdown(
            [Disaggregation.Of(Dimensions.Participant, completed.GuestParticipant), Disaggregation.Of(Dimensions.Agency, completed.GuestAgencyId)]);

    /// <summary>A cascade session counts once and adds its audience to the people reached.</summary>
    public static IReadOnlyList<Observation> Of(CascadeDelivered delivered)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        var quarter = Quarter.Of(delivered.DeliveredOn);
        string[] keys = [Disaggregation.Of(Dimensions.Participant, delivered.Participant), Disaggregation.Of(Dimensions.Agency, delivered.AgencyId)];
        return
        [
            .. Observation.Count(TrainingIndicators.CascadesDelivered, quarter).WithBreakdown(keys),
            .. Observation.Add(TrainingIndicators.CascadeReach, quarter, delivered.AudienceCount).WithBreakdown(keys),
        ];
    }

    /// <summary>The need's latest covered count and headcount, a stock: coverage is Σ covered ÷ Σ headcount over every need.</summary>
    public static IReadOnlyList<Figure> Figures(TrainingNeedCoverageChanged coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return new Figure(TrainingIndicators.NeedCoverage, coverage.NeedId.ToString("D"), Disaggregation.Total, Quarter.Of(coverage.OccurredAt),
            coverage.CoveredCount, coverage.Headcount, coverage.OccurredAt, FigureAggregate.Percentage, FigureScope.Stock).WithBreakdown(
        [
            Disaggregation.Of(Dimensions.Participant, coverage.Participant),
            Disaggregation.Of(Dimensions.Agency, coverage.AgencyId),
            Disaggregation.Of(Dimensions.Theme, coverage.Theme),
        ]);
    }
}
