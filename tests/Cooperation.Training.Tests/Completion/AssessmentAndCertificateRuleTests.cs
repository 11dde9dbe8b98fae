using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Catalogue;
using Cooperation.Training.Completion;
using Cooperation.Training.SignUp;

namespace Cooperation.Training.Tests.Completion;

public sealed class AssessmentAndCertificateRuleTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 6, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Assessment_only_where_the_activity_has_one()
    {
        Assert.Equal(CompletionRules.AssessmentOnlyWhereTheActivityHasOne,
            Assert.Throws<RuleViolationException>(() => AssessmentRecording.EnsureCanRecord(Activity(hasAssessment: false), Booking(), false)).Rule);
        AssessmentRecording.EnsureCanRecord(Activity(hasAssessment: true), Booking(), false);
    }

    [Fact]
    public void Assessment_is_recorded_for_booked_officials()
    {
        Assert.Equal(CompletionRules.AssessmentIsRecordedForBookedOfficials, Assert.Throws<RuleViolationException>(
            () => AssessmentRecording.EnsureCanRecord(Activity(hasAssessment: true), Booking(BookingStatus.WaitListed), false)).Rule);
    }

    [Fact]
    public void Assessment_is_recorded_before_completion()
    {
        Assert.Equal(CompletionRules.AssessmentIsRecordedBeforeCompletion,
            Assert.Throws<RuleViolationException>(() => AssessmentRecording.EnsureCanRecord(Activity(hasAssessment: true), Booking(), true)).Rule);
    }

    [Fact]
    public void Assessment_gain_is_post_minus_pre_once_both_are_recorded()
    {
        Assert.Equal(25m, new AssessmentScores(50m, 75m).Gain);
        Assert.Null(new AssessmentScores(50m, null).Gain);
    }

    [Fact]
    public void A_certificate_expires_after_its_activity_s_validity()
    {
        var activity = Activity(validityMonths: 24);
        var certificate = new Certificate(Guid.NewGuid(), activity.Id, Guid.NewGuid(), Now, activity.CertificateExpiry(Now));

        Assert.Equal(Now.AddMonths(24), certificate.ExpiresAt);
        Assert.Equal(CertificateStatus.Valid, certificate.StatusAt(Now.AddMonths(24).AddTicks(-1)));
        Assert.Equal(CertificateStatus.Expired, certificate.StatusAt(Now.AddMonths(24)));
        Assert.Null(Activity(validityMonths: 0).CertificateExpiry(Now));
    }

    [Fact]
    public void Certificates_are_revoked_once()
    {
        var certificate = new Certificate(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Now, null);

        certificate.Revoke("dev:host", "issued in error", Now.AddDays(1));

        Assert.Equal(CertificateStatus.Revoked, certificate.StatusAt(Now.AddDays(2)));
        Assert.Equal(CompletionRules.CertificatesAreRevokedOnce,
            Assert.Throws<RuleViolationException>(() => certificate.Revoke("dev:other", "again", Now.AddDays(2))).Rule);
        Assert.Equal("issued in error", certificate.RevocationReason);
    }

    private static Booking Booking(BookingStatus status = BookingStatus.Booked) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), status, "c", Now.AddDays(-9));

    private static Activity Activity(bool hasAssessment = false, int validityMonths = 0) => new(
        Guid.NewGuid(), "BM-1", ActivityKind.Course, new BilingualText("t", "т"), new BilingualText("d", "д"),
        [CooperationAreaTag.BorderSecurity], [], "officers", ["en"], Guid.NewGuid(), ActivityStatus.Published, Now.AddDays(-30),
        hasAssessment: hasAssessment, certificateValidityMonths: validityMonths);
}
