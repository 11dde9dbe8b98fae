using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.InformationSharing;

/// <summary>
/// One exchange of law-enforcement information (¶4a), as metadata only: which channel, which way,
/// how urgent, under which handling code, when requested and when answered or refused. Its
/// content is never kept.
/// </summary>
public sealed record InformationExchange(
    Guid Id,
    Guid AgencyId,
    SharingChannel Channel,
    SharingDirection Direction,
    UrgencyBand Urgency,
    HandlingCode HandlingCode,
    DateTimeOffset RequestedAt,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    DateTimeOffset? AnsweredAt = null,
    DateTimeOffset? RefusedAt = null,
    RefusalReason? RefusalReason = null)
{
    /// <summary>The quarter the exchange counts in: the quarter of its request.</summary>
    public Quarter Quarter => Quarter.Of(RequestedAt);

    public DateTimeOffset DueAt => DeadlineBands.DueAt(Urgency, RequestedAt);

    public ExchangeStatus Status => AnsweredAt is not null ? ExchangeStatus.Answered
        : RefusedAt is not null ? ExchangeStatus.Refused
        : ExchangeStatus.Pending;

    public bool AnsweredWithinDeadline => AnsweredAt is { } answered && DeadlineBands.IsWithin(Urgency, RequestedAt, answered);

    public static InformationExchange Record(
        Guid agencyId, SharingChannel channel, SharingDirection direction, UrgencyBand urgency, HandlingCode handling,
        DateTimeOffset requestedAt, string recordedBy, DateTimeOffset now)
    {
        EnsureNotFuture(requestedAt, now, "requested");
        return new(Guid.NewGuid(), agencyId, channel, direction, urgency, handling, requestedAt, recordedBy, now);
    }

    public InformationExchange Answer(DateTimeOffset answeredAt, DateTimeOffset now)
    {
        EnsureCanReply(answeredAt, now, "answered");
        return this with { AnsweredAt = answeredAt };
    }

    public InformationExchange Refuse(RefusalReason reason, DateTimeOffset refusedAt, DateTimeOffset now)
    {
        EnsureCanReply(refusedAt, now, "refused");
        return this with { RefusedAt = refusedAt, RefusalReason = reason };
    }

    private void EnsureCanReply(DateTimeOffset at, DateTimeOffset now, string what)
    {
        if (Status != ExchangeStatus.Pending)
        {
            throw new RuleViolationException(InformationSharingRules.ExchangeMustBePending, $"Exchange {Id} is already {Status.ToString().ToLowerInvariant()}.");
        }

        EnsureNotFuture(at, now, what);
        if (at < RequestedAt)
        {
            throw new RuleViolationException(InformationSharingRules.ReplyMustFollowTheRequest,
                $"Exchange {Id} was requested at {RequestedAt:O}; it cannot be {what} at {at:O}.");
        }
    }

    private static void EnsureNotFuture(DateTimeOffset at, DateTimeOffset now, string what)
    {
        if (at > now)
        {
            throw new RuleViolationException(InformationSharingRules.ExchangeTimesMustNotBeInTheFuture, $"An exchange cannot be {what} at {at:O}, after now.");
        }
    }
}
