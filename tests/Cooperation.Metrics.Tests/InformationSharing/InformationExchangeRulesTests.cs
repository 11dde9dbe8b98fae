using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.InformationSharing;

namespace Cooperation.Metrics.Tests.InformationSharing;

/// <summary>The deadline bands and the rules of an exchange's replies, without a host.</summary>
public sealed class InformationExchangeRulesTests
{
    private static readonly DateTimeOffset Requested = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Requested.AddDays(30);

    [Theory]
    [InlineData(UrgencyBand.Urgent, 8)]
    [InlineData(UrgencyBand.ThreeDays, 72)]
    [InlineData(UrgencyBand.SevenDays, 168)]
    public void Each_band_has_the_directive_s_deadline_and_an_answer_at_the_deadline_is_within_it(UrgencyBand band, int hours)
    {
        Assert.Equal(TimeSpan.FromHours(hours), DeadlineBands.DeadlineOf(band));
        Assert.True(DeadlineBands.IsWithin(band, Requested, Requested.AddHours(hours)));
        Assert.False(DeadlineBands.IsWithin(band, Requested, Requested.AddHours(hours).AddSeconds(1)));
        Assert.Equal(Requested.AddHours(hours), Exchange(band).DueAt);
    }

    [Fact]
    public void An_answer_within_the_band_counts_as_within_the_deadline_and_a_late_one_does_not()
    {
        var onTime = Exchange(UrgencyBand.Urgent).Answer(Requested.AddHours(7), Now);
        var late = Exchange(UrgencyBand.Urgent).Answer(Requested.AddHours(9), Now);
        Assert.Equal(ExchangeStatus.Answered, onTime.Status);
        Assert.True(onTime.AnsweredWithinDeadline);
        Assert.False(late.AnsweredWithinDeadline);
    }

    [Fact]
    public void A_refusal_keeps_its_reason_and_is_not_an_answer()
    {
        var refused = Exchange(UrgencyBand.SevenDays).Refuse(RefusalReason.NationalSecurity, Requested.AddDays(2), Now);
        Assert.Equal(ExchangeStatus.Refused, refused.Status);
        Assert.Equal(RefusalReason.NationalSecurity, refused.RefusalReason);
        Assert.False(refused.AnsweredWithinDeadline);
        Assert.Null(refused.AnsweredAt);
    }

    [Fact]
    public void Exchange_times_must_not_be_in_the_future()
    {
        Assert.Equal(InformationSharingRules.ExchangeTimesMustNotBeInTheFuture, Assert.Throws<RuleViolationException>(() =>
            InformationExchange.Record(Guid.NewGuid(), SharingChannel.Interpol, SharingDirection.Sent, UrgencyBand.Urgent, HandlingCode.H0,
                Now.AddMinutes(1), "dev:x", Now)).Rule);
        Assert.Equal(InformationSharingRules.ExchangeTimesMustNotBeInTheFuture,
            Assert.Throws<RuleViolationException>(() => Exchange(UrgencyBand.Urgent).Answer(Now.AddHours(1), Now)).Rule);
    }

    [Fact]
    public void Reply_must_follow_the_request()
    {
        Assert.Equal(InformationSharingRules.ReplyMustFollowTheRequest,
            Assert.Throws<RuleViolationException>(() => Exchange(UrgencyBand.Urgent).Answer(Requested.AddSeconds(-1), Now)).Rule);
        Assert.Equal(InformationSharingRules.ReplyMustFollowTheRequest,
            Assert.Throws<RuleViolationException>(() => Exchange(UrgencyBand.Urgent).Refuse(RefusalReason.Other, Requested.AddDays(-1), Now)).Rule);
        Assert.Equal(ExchangeStatus.Answered, Exchange(UrgencyBand.Urgent).Answer(Requested, Now).Status);
    }

    [Fact]
    public void Exchange_must_be_pending()
    {
        var answered = Exchange(UrgencyBand.ThreeDays).Answer(Requested.AddHours(1), Now);
        Assert.Equal(InformationSharingRules.ExchangeMustBePending, Assert.Throws<RuleViolationException>(() => answered.Answer(Requested.AddHours(2), Now)).Rule);
        Assert.Equal(InformationSharingRules.ExchangeMustBePending,
            Assert.Throws<RuleViolationException>(() => answered.Refuse(RefusalReason.Other, Requested.AddHours(2), Now)).Rule);
        var refused = Exchange(UrgencyBand.ThreeDays).Refuse(RefusalReason.MinorOffence, Requested.AddHours(1), Now);
        Assert.Equal(InformationSharingRules.ExchangeMustBePending, Assert.Throws<RuleViolationException>(() => refused.Answer(Requested.AddHours(2), Now)).Rule);
    }

    [Fact]
    public void An_exchange_counts_in_the_quarter_of_its_request() =>
        Assert.Equal(new Metrics.Indicators.Quarter(2025, 1), Exchange(UrgencyBand.SevenDays).Quarter);

    private static InformationExchange Exchange(UrgencyBand band) =>
        InformationExchange.Record(Guid.NewGuid(), SharingChannel.EuropolSiena, SharingDirection.Received, band, HandlingCode.H1, Requested, "dev:x", Now);
}
