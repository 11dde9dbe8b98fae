using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Publication;

namespace Cooperation.Metrics.Tests.Publication;

/// <summary>The bilateral publication rule: both co-chairs, the same figures, published once.</summary>
public sealed class BilateralPublicationTests
{
    private static readonly DateTimeOffset Now = new(2024, 4, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Quarter Q1 = new(2024, 1);

    [Fact]
    public void One_co_chairs_approval_does_not_make_publication_due()
    {
        var state = Unapproved(figuresVersion: 7).Approve(Participant.BG, 7, "bg", Now);

        Assert.True(state.ApprovedByBg);
        Assert.False(state.ApprovedByUk);
        Assert.False(state.PublicationDue);
    }

    [Fact]
    public void Both_co_chairs_approving_the_same_figures_make_publication_due_once()
    {
        var state = Unapproved(7).Approve(Participant.BG, 7, "bg", Now).Approve(Participant.UK, 0, "uk", Now);
        Assert.True(state.PublicationDue);

        var published = state.Published(Now);
        Assert.True(published.IsPublished);
        Assert.False(published.PublicationDue);
        Assert.False(published.Approve(Participant.UK, 7, "uk", Now).PublicationDue);
    }

    [Fact]
    public void A_change_of_a_figure_after_an_approval_reopens_it()
    {
        var approved = Unapproved(7).Approve(Participant.BG, 7, "bg", Now).Approve(Participant.UK, 7, "uk", Now).Published(Now);

        var corrected = approved with { FiguresVersion = 9 };

        Assert.False(corrected.ApprovedByBg);
        Assert.False(corrected.ApprovedByUk);
        Assert.False(corrected.IsPublished);
        Assert.False(corrected.Approve(Participant.BG, 9, "bg", Now).PublicationDue);
        Assert.True(corrected.Approve(Participant.BG, 9, "bg", Now).Approve(Participant.UK, 9, "uk", Now).PublicationDue);
    }

    [Fact]
    public void Quarter_must_have_figures()
    {
        var refused = Assert.Throws<RuleViolationException>(() => Unapproved(0).Approve(Participant.BG, 0, "bg", Now));
        Assert.Equal(PublicationRules.QuarterMustHaveFigures, refused.Rule);
    }

    [Fact]
    public void Approved_figures_must_be_current()
    {
        var refused = Assert.Throws<RuleViolationException>(() => Unapproved(7).Approve(Participant.UK, 6, "uk", Now));
        Assert.Equal(PublicationRules.ApprovedFiguresMustBeCurrent, refused.Rule);
    }

    private static BilateralPublication Unapproved(long figuresVersion) => new(Q1, figuresVersion, null, null, 0, null);
}
