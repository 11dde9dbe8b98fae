using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Tests.Infrastructure;

namespace Cooperation.Metrics.Tests.Observations;

/// <summary>
/// The training service's events move the training indicators through the inbox, each counted once
/// although delivered twice, on the total and on each disaggregation key. Each test uses its own year.
/// </summary>
public sealed class TrainingObservationTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private static readonly Guid Agency = Guid.NewGuid();

    private static DateTimeOffset In(int year, int month) => new(year, month, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_held_session_is_counted_once_by_host_agency()
    {
        var held = new TrainingSessionHeld
        {
            SessionId = Guid.NewGuid(), TrainingEventId = Guid.NewGuid(), ActivityId = Guid.NewGuid(), HostAgencyId = Agency, StartedAt = In(2041, 5),
        };
        await factory.PublishTwiceAsync(held);
        await factory.PublishTwiceAsync(held with { EventId = Guid.NewGuid(), SessionId = Guid.NewGuid(), HostAgencyId = Guid.NewGuid() });

        await factory.ExpectValueAsync(TrainingIndicators.SessionsHeld, 2041, 2, 2);
        await factory.ExpectValueAsync(TrainingIndicators.SessionsHeld, 2041, 2, 1, Disaggregation.Of(Dimensions.Agency, Agency));
        Assert.Equal(2, (await factory.IndicatorAsync(TrainingIndicators.SessionsHeld, 2041, 2)).Breakdown.Count);
    }

    [Fact]
    public async Task An_approved_booking_is_counted_once()
    {
        var approved = new BookingApproved
        {
            OccurredAt = In(2042, 1), BookingId = Guid.NewGuid(), TrainingEventId = Guid.NewGuid(), ActivityId = Guid.NewGuid(),
            OfficialId = Guid.NewGuid(), AgencyId = Agency, FromWaitList = false,
        };
        await factory.PublishTwiceAsync(approved);

        await factory.ExpectValueAsync(TrainingIndicators.BookingsApproved, 2042, 1, 1);
        await factory.ExpectValueAsync(TrainingIndicators.BookingsApproved, 2042, 1, 1, Disaggregation.Of(Dimensions.Agency, Agency));
    }

    [Fact]
    public async Task A_completion_counts_the_official_by_participant_agency_and_theme_and_an_unknown_participant_as_unknown()
    {
        await factory.PublishTwiceAsync(Completed(2043, completed: true, ParticipantCodes.Bulgaria, 40, 70));
        await factory.PublishTwiceAsync(Completed(2043, completed: true, participant: null, null, null));
        await factory.PublishTwiceAsync(Completed(2043, completed: false, ParticipantCodes.Bulgaria, 50, 55));

        await factory.ExpectValueAsync(TrainingIndicators.OfficialsTrained, 2043, 1, 2);
        await factory.ExpectValueAsync(TrainingIndicators.OfficialsTrained, 2043, 1, 1, "participant:BG");
        await factory.ExpectValueAsync(TrainingIndicators.OfficialsTrained, 2043, 1, 1, "participant:unknown");
        await factory.ExpectValueAsync(TrainingIndicators.OfficialsTrained, 2043, 1, 2, "theme:border_security");
        await factory.ExpectValueAsync(TrainingIndicators.OfficialsTrained, 2043, 1, 2, "theme:cybercrime");
        await factory.ExpectValueAsync(TrainingIndicators.OfficialsTrained, 2043, 1, 2, Disaggregation.Of(Dimensions.Agency, Agency));
    }

    [Fact]
    public async Task The_completion_rate_and_the_mean_assessment_gain_count_each_booking_once()
    {
        var first = Completed(2044, completed: true, ParticipantCodes.UnitedKingdom, 40, 70);
        await factory.PublishTwiceAsync(first);
        await factory.PublishTwiceAsync(Completed(2044, completed: false, ParticipantCodes.UnitedKingdom, 50, 60));
        await factory.PublishTwiceAsync(Completed(2044, completed: false, ParticipantCodes.Bulgaria, null, null));

        await factory.ExpectValueAsync(TrainingIndicators.CompletionRate, 2044, 1, Math.Round(1.0 / 3.0, 6));
        await factory.ExpectValueAsync(TrainingIndicators.CompletionRate, 2044, 1, 0.5, "participant:UK");
        await factory.ExpectValueAsync(TrainingIndicators.AssessmentGain, 2044, 1, 20);   // (30 + 10) / 2; the booking without scores has no gain
        await factory.ExpectValueAsync(TrainingIndicators.AssessmentGain, 2044, 1, 20, "participant:UK");

        // A re-assessment of the same booking replaces its figures rather than adding a booking.
        await factory.PublishTwiceAsync(first with { EventId = Guid.NewGuid(), OccurredAt = first.OccurredAt.AddDays(1), PostScore = 90 });
        await factory.ExpectValueAsync(TrainingIndicators.AssessmentGain, 2044, 1, 30);
        await factory.ExpectValueAsync(TrainingIndicators.CompletionRate, 2044, 1, Math.Round(1.0 / 3.0, 6));
    }

    [Fact]
    public async Task Certificates_count_those_issued_less_those_revoked()
    {
        var certificate = Guid.NewGuid();
        await factory.PublishTwiceAsync(new CertificateIssued
        {
            OccurredAt = In(2045, 2), CertificateId = certificate, BookingId = Guid.NewGuid(), ActivityId = Guid.NewGuid(), IssuingAgencyId = Agency,
        });
        await factory.PublishTwiceAsync(new CertificateIssued
        {
            OccurredAt = In(2045, 3), CertificateId = Guid.NewGuid(), BookingId = Guid.NewGuid(), ActivityId = Guid.NewGuid(), IssuingAgencyId = Agency,
        });
        await factory.ExpectValueAsync(TrainingIndicators.Certificates, 2045, 1, 2);

        await factory.PublishTwiceAsync(new CertificateRevoked { OccurredAt = In(2045, 3), CertificateId = certificate, ActivityId = Guid.NewGuid(), IssuingAgencyId = Agency });

        await factory.ExpectValueAsync(TrainingIndicators.Certificates, 2045, 1, 1);
        await factory.ExpectValueAsync(TrainingIndicators.Certificates, 2045, 1, 1, Disaggregation.Of(Dimensions.Agency, Agency));
    }

    [Fact]
    public async Task Exchanges_started_and_completed_count_once_in_their_own_quarters_by_the_guest()
    {
        var exchange = Guid.NewGuid();
        await factory.PublishTwiceAsync(new ExchangeStarted
        {
            ExchangeId = exchange, Kind = "personnel_exchange", GuestOfficialId = Guid.NewGuid(), GuestAgencyId = Agency,
            GuestParticipant = ParticipantCodes.Bulgaria, HostAgencyId = Guid.NewGuid(), HostParticipant = ParticipantCodes.UnitedKingdom,
            StartedOn = new DateOnly(2046, 3, 20),
        });
        await factory.PublishTwiceAsync(new ExchangeCompleted
        {
            ExchangeId = exchange, Kind = "personnel_exchange", GuestOfficialId = Guid.NewGuid(), GuestAgencyId = Agency,
            GuestParticipant = ParticipantCodes.Bulgaria, HostAgencyId = Guid.NewGuid(), HostParticipant = ParticipantCodes.UnitedKingdom,
            CompletedOn = new DateOnly(2046, 4, 20),
        });

        await factory.ExpectValueAsync(TrainingIndicators.ExchangesStarted, 2046, 1, 1, "participant:BG");
        await factory.ExpectValueAsync(TrainingIndicators.ExchangesCompleted, 2046, 2, 1);
        Assert.Null(await factory.SettledValueAsync(TrainingIndicators.ExchangesCompleted, 2046, 1));
    }

    [Fact]
    public async Task A_cascade_counts_once_and_adds_its_audience_to_the_people_reached()
    {
        var delivered = new CascadeDelivered
        {
            CascadeSessionId = Guid.NewGuid(), CommitmentId = Guid.NewGuid(), OfficialId = Guid.NewGuid(), AgencyId = Agency,
            Participant = ParticipantCodes.UnitedKingdom, DeliveredOn = new DateOnly(2047, 7, 1), AudienceCount = 12,
        };
        await factory.PublishTwiceAsync(delivered);
        await factory.PublishTwiceAsync(delivered with { EventId = Guid.NewGuid(), CascadeSessionId = Guid.NewGuid(), AudienceCount = 8 });

        await factory.ExpectValueAsync(TrainingIndicators.CascadesDelivered, 2047, 3, 2);
        await factory.ExpectValueAsync(TrainingIndicators.CascadeReach, 2047, 3, 20);
        await factory.ExpectValueAsync(TrainingIndicators.CascadeReach, 2047, 3, 20, "participant:UK");
    }

    [Fact]
    public async Task Need_coverage_keeps_the_latest_figure_per_need_whatever_order_they_arrive_in()
    {
        var need = Guid.NewGuid();
        var later = Coverage(need, In(2048, 5).AddDays(1), headcount: 10, covered: 6);
        await factory.PublishTwiceAsync(later);
        await factory.PublishTwiceAsync(Coverage(need, In(2048, 5), headcount: 10, covered: 2));   // older: changes nothing
        await factory.PublishTwiceAsync(Coverage(Guid.NewGuid(), In(2048, 5), headcount: 10, covered: 10));

        await factory.ExpectValueAsync(TrainingIndicators.NeedCoverage, 2048, 2, 80);
        await factory.ExpectValueAsync(TrainingIndicators.NeedCoverage, 2048, 2, 80, "theme:border_security");
    }

    private static TrainingNeedCoverageChanged Coverage(Guid need, DateTimeOffset at, int headcount, int covered) => new()
    {
        OccurredAt = at, NeedId = need, Theme = "border_security", Participant = ParticipantCodes.Bulgaria, AgencyId = Agency,
        Headcount = headcount, CoveredCount = covered,
    };

    private static TrainingCompleted Completed(int year, bool completed, string? participant, decimal? pre, decimal? post) => new()
    {
        OccurredAt = In(year, 2), BookingId = Guid.NewGuid(), TrainingEventId = Guid.NewGuid(), ActivityId = Guid.NewGuid(),
        OfficialId = Guid.NewGuid(), AgencyId = Agency, Themes = ["border_security", "cybercrime"], Completed = completed,
        Participant = participant, PreScore = pre, PostScore = post,
    };
}
