using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>
/// The working group's current memberships and the rules of ¶6: officials sit on the group once
/// at a time, and each participant has exactly one co-chair; the two co-chairs chair jointly.
/// Operations decide what changes; the repository applies it.
/// </summary>
internal sealed class Roster(IReadOnlyList<MembershipPeriod> current)
{
    public IReadOnlyList<MembershipPeriod> Current { get; } = current;

    /// <summary>The group is chaired as ¶6 requires only with both a BG and a UK co-chair.</summary>
    public bool IsFullyChaired => CoChairOf(Participant.BG) is not null && CoChairOf(Participant.UK) is not null;

    public MembershipPeriod? CoChairOf(Participant participant) =>
        Current.FirstOrDefault(m => m.Role == MembershipRole.CoChair && m.Participant == participant);

    public MembershipPeriod? CurrentOf(Guid officialId) => Current.FirstOrDefault(m => m.OfficialId == officialId);

    /// <summary>
    /// Adds an official as a member, or appoints them co-chair of their participant. A current
    /// member appointed co-chair is promoted: the member period ends and the chair period starts.
    /// </summary>
    public RosterChange Add(Guid officialId, Participant participant, MembershipRole role, DateOnly today)
    {
        var existing = CurrentOf(officialId);
        if (existing is not null && (role == MembershipRole.Member || existing.Role == MembershipRole.CoChair))
        {
            throw new ConflictException("membership", officialId.ToString(),
                $"The official is already a current {(existing.Role == MembershipRole.CoChair ? "co-chair" : "member")} of the working group.");
        }

        if (role == MembershipRole.CoChair && CoChairOf(participant) is not null)
        {
            throw new RuleViolationException(MembershipRules.OneCoChairPerParticipant,
                $"{participant} already has a co-chair; use ReplaceCoChair to swap them in one step.");
        }

        var ended = existing is null ? Array.Empty<MembershipPeriod>() : [existing.End(today)];
        return new RosterChange(ended, [MembershipPeriod.Start(officialId, participant, role, today)]);
    }

    /// <summary>Ends an ordinary member's membership. Co-chairs leave only by replacement, so the chair is never left empty.</summary>
    public RosterChange Remove(Guid officialId, DateOnly today)
    {
        var existing = CurrentOf(officialId) ?? throw new NotFoundException("membership", officialId.ToString());
        if (existing.Role == MembershipRole.CoChair)
        {
            throw new RuleViolationException(MembershipRules.CoChairLeavesByReplacement,
                $"The {existing.Participant} co-chair cannot simply be removed; use ReplaceCoChair to name their successor.");
        }

        return new RosterChange([existing.End(today)], []);
    }

    /// <summary>
    /// Swaps the co-chair of <paramref name="participant"/> for the incoming official in one
    /// change, optionally keeping the outgoing co-chair as a member.
    /// </summary>
    public RosterChange ReplaceCoChair(Guid incomingOfficialId, Participant participant, bool keepOutgoingAsMember, DateOnly today)
    {
        var outgoing = CoChairOf(participant) ?? throw new RuleViolationException(MembershipRules.NoCoChairToReplace,
            $"{participant} has no co-chair to replace; appoint one with AddMember.");
        if (outgoing.OfficialId == incomingOfficialId)
        {
            throw new ConflictException("membership", incomingOfficialId.ToString(),
                $"The official is already the {participant} co-chair.");
        }

        var ended = new List<MembershipPeriod> { outgoing.End(today) };
        if (CurrentOf(incomingOfficialId) is { } incomingMembership)
        {
            ended.Add(incomingMembership.End(today));
        }

        var started = new List<MembershipPeriod> { MembershipPeriod.Start(incomingOfficialId, participant, MembershipRole.CoChair, today) };
        if (keepOutgoingAsMember)
        {
            started.Add(MembershipPeriod.Start(outgoing.OfficialId, participant, MembershipRole.Member, today));
        }

        return new RosterChange(ended, started);
    }
}
