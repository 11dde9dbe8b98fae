using Cooperation.Contracts.Messages.CapacityBuilding;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// A capacity-building risk raised to the working group (¶4c, ¶5): it goes on the agenda of the
/// group's next scheduled meeting, or waits until a meeting is scheduled, as an item in the risk's
/// own words.
/// </summary>
public sealed record EscalatedRisk(Guid EventId, Guid ProjectId, string ProjectTitle, Guid RiskId, string RiskEvent, int Score, RiskEscalationReason Reason)
{
    /// <summary>The longest agenda item a meeting takes.</summary>
    public const int MaxAgendaTitle = 300;

    public string AgendaTitle
    {
        get
        {
            var why = Reason == RiskEscalationReason.ReviewOverdue ? "review overdue" : "high risk";
            var title = $"Escalated risk ({why}, score {Score}): {ProjectTitle}: {RiskEvent}";
            return title.Length <= MaxAgendaTitle ? title : string.Concat(title.AsSpan(0, MaxAgendaTitle - 1), "…");
        }
    }
}
