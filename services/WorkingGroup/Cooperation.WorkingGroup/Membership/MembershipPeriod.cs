using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>
/// One period in which an official sits on the working group in one role, over the half-open
/// <see cref="Term"/> [started_on, ended_on). Ending a membership keeps the row, so who chaired
/// when stays on record.
/// </summary>
internal sealed record MembershipPeriod(
    Guid Id, Guid OfficialId, Participant Participant, MembershipRole Role, DateOnly StartedOn, DateOnly? EndedOn)
{
    public TermInterval Term => new(StartedOn, EndedOn);

    public bool IsCurrent => EndedOn is null;

    public static MembershipPeriod Start(Guid officialId, Participant participant, MembershipRole role, TermInterval term) =>
        new(Guid.NewGuid(), officialId, participant, role, term.StartsOn, term.EndsOn);

    public static MembershipPeriod Start(Guid officialId, Participant participant, MembershipRole role, DateOnly on) =>
        Start(officialId, participant, role, new TermInterval(on, null));

    /// <summary>Ends the period on <paramref name="on"/> (that day is no longer served); never before it started.</summary>
    public MembershipPeriod End(DateOnly on)
    {
        if (on < StartedOn)
        {
            throw new RuleViolationException(MembershipRules.TermCannotEndBeforeItStarts,
                $"The membership started on {StartedOn:yyyy-MM-dd}; it cannot end on {on:yyyy-MM-dd}.");
        }

        return this with { EndedOn = on };
    }
}
