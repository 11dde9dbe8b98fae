using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Risks;

/// <summary>
/// A risk of a project (PRINCE2): cause → event → effect, rated before and after the response,
/// owned by one official and carried out by an actionee, reviewed by a date. A materialised risk
/// names the milestone it hit. Escalation to the working group follows <see cref="RiskEscalation"/>.
/// </summary>
public sealed class Risk(
    Guid id, Guid projectId, string cause, string @event, string effect, RiskCategory category,
    RiskRating beforeResponse, RiskRating? afterResponse, RiskProximity proximity, RiskResponse response,
    Guid ownerOfficialId, Guid? actioneeOfficialId, DateOnly reviewOn, RiskStatus status, DateTimeOffset createdAt,
    Guid? hitMilestoneId = null, DateTimeOffset? reviewedAt = null, bool highEscalated = false, DateOnly? reviewEscalatedFor = null)
{
    public Guid Id { get; } = id;

    public Guid ProjectId { get; } = projectId;

    public string Cause { get; } = cause;

    public string Event { get; } = @event;

    public string Effect { get; } = effect;

    public RiskCategory Category { get; } = category;

    public RiskRating BeforeResponse { get; private set; } = beforeResponse;

    public RiskRating? AfterResponse { get; private set; } = afterResponse;

    public RiskProximity Proximity { get; private set; } = proximity;

    public RiskResponse Response { get; private set; } = response;

    public Guid OwnerOfficialId { get; } = ownerOfficialId;

    public Guid? ActioneeOfficialId { get; } = actioneeOfficialId;

    public DateOnly ReviewOn { get; private set; } = reviewOn;

    public RiskStatus Status { get; private set; } = status;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public Guid? HitMilestoneId { get; private set; } = hitMilestoneId;

    public DateTimeOffset? ReviewedAt { get; private set; } = reviewedAt;

    /// <summary>True while the risk's current high score has been escalated.</summary>
    public bool HighEscalated { get; private set; } = highEscalated;

    /// <summary>The review date whose overdue escalation was raised.</summary>
    public DateOnly? ReviewEscalatedFor { get; } = reviewEscalatedFor;

    /// <summary>The score that counts: after the response where assessed, else before.</summary>
    public int Score => (AfterResponse ?? BeforeResponse).Score;

    public bool IsOpen => Status != RiskStatus.Closed;

    public void Review(RiskRating before, RiskRating? after, RiskProximity proximity, RiskResponse response, DateOnly reviewOn, DateTimeOffset now)
    {
        EnsureNotClosed();
        BeforeResponse = before;
        AfterResponse = after;
        Proximity = proximity;
        Response = response;
        ReviewOn = reviewOn;
        ReviewedAt = now;
    }

    public void Materialise(Guid? hitMilestoneId)
    {
        if (Status != RiskStatus.Open)
        {
            throw new RuleViolationException(RiskRules.OnlyOpenRisksMaterialise,
                $"Risk {Id} is {Status.ToString().ToUpperInvariant()}; only an OPEN risk materialises.");
        }

        Status = RiskStatus.Materialised;
        HitMilestoneId = hitMilestoneId;
    }

    public void Close()
    {
        EnsureNotClosed();
        Status = RiskStatus.Closed;
    }

    /// <summary>
    /// Decides the high-score escalation after a change: true when the risk has just become high
    /// (and is not closed), once; a risk that drops below the threshold may escalate again later.
    /// </summary>
    public bool EscalateIfHigh(HighRiskThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        if (!threshold.IsHigh(Score) || !IsOpen)
        {
            HighEscalated = false;
            return false;
        }

        if (HighEscalated)
        {
            return false;
        }

        HighEscalated = true;
        return true;
    }

    private void EnsureNotClosed()
    {
        if (Status == RiskStatus.Closed)
        {
            throw new RuleViolationException(RiskRules.ClosedRisksStayClosed, $"Risk {Id} is CLOSED; a new threat is recorded as a new risk.");
        }
    }
}
