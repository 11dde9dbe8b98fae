using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Publication;

/// <summary>
/// A quarter's figures are published only when both co-chairs, one per participant, have approved
/// them (¶1 "bilateral mechanisms for ... monitoring the impact"). The figures version is the highest
/// change-log version among the quarter's values; an approval records the version it saw and stands
/// only while no value of the quarter has changed since, so a correction after an approval reopens
/// it without anything having to revoke it. Publication is due when both approvals stand and the
/// figures they approve are not yet the published ones, so the same figures are published once.
/// </summary>
public sealed record BilateralPublication(
    Quarter Quarter,
    long FiguresVersion,
    QuarterApproval? Bg,
    QuarterApproval? Uk,
    long PublishedVersion,
    DateTimeOffset? PublishedAt)
{
    public bool ApprovedByBg => Stands(Bg);

    public bool ApprovedByUk => Stands(Uk);

    /// <summary>Every current figure of the quarter is the published one.</summary>
    public bool IsPublished => PublishedVersion > 0 && PublishedVersion >= FiguresVersion;

    /// <summary>Both approvals stand and the figures they approve are not published yet.</summary>
    public bool PublicationDue => ApprovedByBg && ApprovedByUk && PublishedVersion < FiguresVersion;

    public QuarterApproval? ApprovalOf(Participant participant) => participant == Participant.BG ? Bg : Uk;

    /// <summary>
    /// <paramref name="participant"/>'s co-chair approves the current figures; <paramref name="reviewedVersion"/>
    /// (0 = whatever is current) must be the current figures version, so nobody approves figures
    /// they have not seen.
    /// </summary>
    public BilateralPublication Approve(Participant participant, long reviewedVersion, string approvedBy, DateTimeOffset now)
    {
        if (FiguresVersion == 0)
        {
            throw new RuleViolationException(PublicationRules.QuarterMustHaveFigures,
                $"{Quarter.Year} Q{Quarter.Number} has no figures to approve.");
        }

        if (reviewedVersion != 0 && reviewedVersion != FiguresVersion)
        {
            throw new RuleViolationException(PublicationRules.ApprovedFiguresMustBeCurrent,
                $"The figures of {Quarter.Year} Q{Quarter.Number} are at version {FiguresVersion}, not {reviewedVersion}: review them again.");
        }

        var approval = new QuarterApproval(participant, FiguresVersion, approvedBy, now);
        return participant == Participant.BG ? this with { Bg = approval } : this with { Uk = approval };
    }

    /// <summary>The state once the current figures are published.</summary>
    public BilateralPublication Published(DateTimeOffset now) => this with { PublishedVersion = FiguresVersion, PublishedAt = now };

    private bool Stands(QuarterApproval? approval) => approval is not null && FiguresVersion > 0 && approval.ApprovedVersion >= FiguresVersion;
}
