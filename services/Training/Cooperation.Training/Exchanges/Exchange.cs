using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Exchanges;

/// <summary>
/// A BG–UK personnel or expert exchange (¶4b): a guest official of one participant stays with an
/// agency of the other. It is approved by both agencies, once each; the host agency records the
/// start and the completion; it can be withdrawn, with a reason, at any point before completion.
/// </summary>
public sealed class Exchange
{
    private readonly List<ExchangeApproval> _approvals;

    public Exchange(
        Guid id, ExchangeKind kind, Guid guestOfficialId, Guid guestAgencyId, Participant guestParticipant,
        Guid hostAgencyId, Participant hostParticipant, Guid? replacementOfficialId, ExchangeLeg leg,
        string proposedBy, DateTimeOffset proposedAt)
        : this(id, kind, guestOfficialId, guestAgencyId, guestParticipant, hostAgencyId, hostParticipant, replacementOfficialId, leg,
            proposedBy, proposedAt, ExchangeStatus.Proposed, null, false, [], null, null, null, null, null)
    {
        CrossParticipantExchange.EnsureCrosses(guestParticipant, hostParticipant);
    }

    /// <summary>An exchange as stored.</summary>
    public Exchange(
        Guid id, ExchangeKind kind, Guid guestOfficialId, Guid guestAgencyId, Participant guestParticipant,
        Guid hostAgencyId, Participant hostParticipant, Guid? replacementOfficialId, ExchangeLeg leg,
        string proposedBy, DateTimeOffset proposedAt, ExchangeStatus status, Guid? partnerExchangeId, bool preMatched,
        IEnumerable<ExchangeApproval> approvals, DateOnly? startedOn, DateOnly? completedOn, DateTimeOffset? withdrawnAt,
        string? withdrawnBy, string? withdrawalReason)
    {
        Id = id;
        Kind = kind;
        GuestOfficialId = guestOfficialId;
        GuestAgencyId = guestAgencyId;
        GuestParticipant = guestParticipant;
        HostAgencyId = hostAgencyId;
        HostParticipant = hostParticipant;
        ReplacementOfficialId = replacementOfficialId;
        Leg = leg;
        ProposedBy = proposedBy;
        ProposedAt = proposedAt;
        Status = status;
        PartnerExchangeId = partnerExchangeId;
        PreMatched = preMatched;
        _approvals = approvals.ToList();
        StartedOn = startedOn;
        CompletedOn = completedOn;
        WithdrawnAt = withdrawnAt;
        WithdrawnBy = withdrawnBy;
        WithdrawalReason = withdrawalReason;
    }

    public Guid Id { get; }
    public ExchangeKind Kind { get; }
    public Guid GuestOfficialId { get; }
    public Guid GuestAgencyId { get; }
    public Participant GuestParticipant { get; }
    public Guid HostAgencyId { get; }
    public Participant HostParticipant { get; }
    public Guid? ReplacementOfficialId { get; }
    public ExchangeLeg Leg { get; }
    public string ProposedBy { get; }
    public DateTimeOffset ProposedAt { get; }
    public ExchangeStatus Status { get; private set; }
    public Guid? PartnerExchangeId { get; private set; }
    public bool PreMatched { get; private set; }
    public IReadOnlyList<ExchangeApproval> Approvals => _approvals;
    public DateOnly? StartedOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public string? WithdrawalReason { get; private set; }

    /// <summary>The agencies of the exchange, guest first.</summary>
    public IReadOnlyList<Guid> Agencies => [GuestAgencyId, HostAgencyId];

    /// <summary>Whether the agency is the guest's or the host.</summary>
    public bool Involves(Guid? agencyId) => agencyId == GuestAgencyId || agencyId == HostAgencyId;

    internal void PairWith(Guid partnerId, bool preMatched)
    {
        PartnerExchangeId = partnerId;
        PreMatched = preMatched;
    }

    /// <summary>
    /// Records the approval of <paramref name="agencyId"/> (the guest's agency or the host); once
    /// both approved, the exchange is approved. The guest's and the host's are different agencies
    /// (they belong to different participants), so one agency can never approve for both.
    /// </summary>
    public ExchangeApproval Approve(Guid agencyId, string approvedBy, string reason, DateTimeOffset now)
    {
        if (Status != ExchangeStatus.Proposed)
        {
            throw new RuleViolationException(ExchangeRules.ExchangesAreApprovedWhileProposed,
                $"Exchange {Id} is {Status}; approvals are given while it is proposed.");
        }

        var side = agencyId == GuestAgencyId ? ExchangeSide.Guest : ExchangeSide.Host;
        if (_approvals.Any(a => a.Side == side))
        {
            throw new RuleViolationException(ExchangeRules.EachAgencyApprovesOnce,
                $"Agency {agencyId} already approved exchange {Id}; the other agency's approval is awaited.");
        }

        var approval = new ExchangeApproval(side, agencyId, approvedBy, now, reason);
        _approvals.Add(approval);
        if (_approvals.Count == 2)
        {
            Status = ExchangeStatus.Approved;
        }

        return approval;
    }

    public void Start(DateOnly startedOn)
    {
        if (Status != ExchangeStatus.Approved)
        {
            throw new RuleViolationException(ExchangeRules.ExchangesStartOnceApprovedByBoth,
                $"Exchange {Id} is {Status} with {_approvals.Count} of 2 approvals; it starts once both agencies approved.");
        }

        Status = ExchangeStatus.UnderWay;
        StartedOn = startedOn;
    }

    public void Complete(DateOnly completedOn)
    {
        if (Status != ExchangeStatus.UnderWay || completedOn < StartedOn)
        {
            throw new RuleViolationException(ExchangeRules.OnlyExchangesUnderWayComplete,
                Status != ExchangeStatus.UnderWay
                    ? $"Exchange {Id} is {Status}; only an exchange under way completes."
                    : $"Exchange {Id} started on {StartedOn:yyyy-MM-dd}; it cannot complete on {completedOn:yyyy-MM-dd}.");
        }

        Status = ExchangeStatus.Completed;
        CompletedOn = completedOn;
    }

    public void Withdraw(string withdrawnBy, string reason, DateTimeOffset now)
    {
        if (Status is ExchangeStatus.Completed or ExchangeStatus.Withdrawn)
        {
            throw new RuleViolationException(ExchangeRules.CompletedExchangesStayCompleted,
                $"Exchange {Id} is {Status}; only an exchange not yet completed is withdrawn.");
        }

        Status = ExchangeStatus.Withdrawn;
        WithdrawnAt = now;
        WithdrawnBy = withdrawnBy;
        WithdrawalReason = reason;
    }
}
