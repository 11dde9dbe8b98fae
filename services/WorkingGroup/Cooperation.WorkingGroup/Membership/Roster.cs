using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>
/// Every membership the working group has had, and the rules of ¶6 over all of it: an official
/// sits on the group once on any one day, and each participant has at most one co-chair on any
/// one day (terms are <see cref="TermInterval"/>s, so a replacement on day D leaves exactly one).
/// The two co-chairs chair jointly. Operations decide what changes; the repository applies it.
/// </summary>
internal sealed class Roster(IReadOnlyList<MembershipPeriod> periods)
{
    /// <summary>Every period, past and current.</summary>
    public IReadOnlyList<MembershipPeriod> Periods { get; } = periods;

    /// <summary>The periods nobody has ended.</summary>
    public IReadOnlyList<MembershipPeriod> Current => Periods.Where(p => p.IsCurrent).ToList();

    /// <summary>The group is chaired as ¶6 requires only with both a BG and a UK co-chair.</summary>
    public bool IsFullyChaired => CoChairOf(Participant.BG) is not null && CoChairOf(Participant.UK) is not null;

    /// <summary>The participant's current co-chair (the open co-chair term).</summary>
    public MembershipPeriod? CoChairOf(Participant participant) =>
        Periods.FirstOrDefault(m => m.IsCurrent && m.Role == MembershipRole.CoChair && m.Participant == participant);

    public MembershipPeriod? CurrentOf(Guid officialId) => Periods.FirstOrDefault(m => m.IsCurrent && m.OfficialId == officialId);

    /// <summary>
    /// Adds an official as a member, or appoints them co-chair of their participant, over
    /// <paramref name="term"/> (open to sit on, or closed to record a past membership). A current
    /// member appointed co-chair from their term's start on is promoted: the member period ends the
    /// day the chair period starts.
    /// </summary>
    public RosterChange Add(Guid officialId, Participant participant, MembershipRole role, TermInterval term)
    {
        var existing = CurrentOf(officialId);
        var promoted = existing is { Role: MembershipRole.Member } && role == MembershipRole.CoChair && term.IsOpen
            && existing.StartedOn <= term.StartsOn;
        var ended = promoted ? [existing!.End(term.StartsOn)] : Array.Empty<MembershipPeriod>();
        var change = new RosterChange(ended, [MembershipPeriod.Start(officialId, participant, role, term)]);
        EnsureHoldsAfter(change, "use ReplaceCoChair to swap them in one step");
        return change;
    }

    /// <summary>Adds an open membership from <paramref name="today"/>.</summary>
    public RosterChange Add(Guid officialId, Participant participant, MembershipRole role, DateOnly today) =>
        Add(officialId, participant, role, new TermInterval(today, null));

    /// <summary>
    /// Ends an ordinary member's membership on <paramref name="on"/>. Co-chairs leave only by
    /// replacement, so the chair is never left empty.
    /// </summary>
    public RosterChange Remove(Guid officialId, DateOnly on)
    {
        var existing = CurrentOf(officialId) ?? throw new NotFoundException("membership", officialId.ToString());
        if (existing.Role == MembershipRole.CoChair)
        {
            throw new RuleViolationException(MembershipRules.CoChairLeavesByReplacement,
                $"The {existing.Participant} co-chair cannot simply be removed; use ReplaceCoChair to name their successor.");
        }

        return new RosterChange([existing.End(on)], []);
    }

    /// <summary>
    /// Swaps the co-chair of <paramref name="participant"/> for the incoming official on
    /// <paramref name="on"/> in one change: the outgoing term ends on that day and the incoming
    /// starts on it, optionally keeping the outgoing co-chair as a member from that day. A
    /// replacement dated on or before <paramref name="outgoingLastChairedOn"/> (the last held
    /// meeting the outgoing co-chair chaired) would contradict that meeting's record, so it is refused.
    /// </summary>
    public RosterChange ReplaceCoChair(
        Guid incomingOfficialId, Participant participant, bool keepOutgoingAsMember, DateOnly on, DateOnly? outgoingLastChairedOn = null)
    {
        var outgoing = CoChairOf(participant) ?? throw new RuleViolationException(MembershipRules.NoCoChairToReplace,
            $"{participant} has no co-chair to replace; appoint one with AddMember.");
        if (outgoingLastChairedOn is { } chaired && on <= chaired)
        {
            throw new RuleViolationException(MembershipRules.ReplacementAfterOutgoingChairsLastMeeting,
                $"The outgoing {participant} co-chair chaired the meeting held on {chaired:yyyy-MM-dd}; the replacement must be dated after it.");
        }
        if (outgoing.OfficialId == incomingOfficialId)
        {
            throw new ConflictException("membership", incomingOfficialId.ToString(),
                $"The official is already the {participant} co-chair.");
        }

        var ended = new List<MembershipPeriod> { outgoing.End(on) };
        if (CurrentOf(incomingOfficialId) is { } incomingMembership)
        {
            ended.Add(incomingMembership.End(on));
        }

        var started = new List<MembershipPeriod> { MembershipPeriod.Start(incomingOfficialId, participant, MembershipRole.CoChair, on) };
        if (keepOutgoingAsMember)
        {
            started.Add(MembershipPeriod.Start(outgoing.OfficialId, participant, MembershipRole.Member, on));
        }

        var change = new RosterChange(ended, started);
        EnsureHoldsAfter(change, "the terms overlap");
        return change;
    }

    /// <summary>
    /// Checks ¶6 over every day of the history as it would stand after <paramref name="change"/>:
    /// no official holds two periods on one day (AlreadyExists), no participant two co-chairs on
    /// one day (<see cref="MembershipRules.OneCoChairPerParticipant"/>).
    /// </summary>
    private void EnsureHoldsAfter(RosterChange change, string hint)
    {
        // The history as it would stand: ended periods in their new form, then each started one in turn.
        var endedIds = change.Ended.Select(e => e.Id).ToHashSet();
        var all = Periods.Where(p => !endedIds.Contains(p.Id)).Concat(change.Ended).ToList();
        foreach (var started in change.Started)
        {
            var sameOfficial = all.FirstOrDefault(p => p.OfficialId == started.OfficialId && p.Term.Overlaps(started.Term));
            if (sameOfficial is not null)
            {
                throw new ConflictException("membership", started.OfficialId.ToString(),
                    $"The official is already a {(sameOfficial.Role == MembershipRole.CoChair ? "co-chair" : "member")} of the working group "
                    + $"on {sameOfficial.Term.FirstSharedDay(started.Term):yyyy-MM-dd}.");
            }

            var otherChair = started.Role != MembershipRole.CoChair
                ? null
                : all.FirstOrDefault(p => p.Role == MembershipRole.CoChair && p.Participant == started.Participant && p.Term.Overlaps(started.Term));
            if (otherChair is not null)
            {
                throw new RuleViolationException(MembershipRules.OneCoChairPerParticipant,
                    $"{started.Participant} already has a co-chair on {otherChair.Term.FirstSharedDay(started.Term):yyyy-MM-dd}; {hint}.");
            }

            all.Add(started);
        }
    }
}
