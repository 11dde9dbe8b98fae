namespace Cooperation.Contracts.Messages.WorkingGroup;

/// <summary>
/// An action item a meeting raised was marked done (a cancelled item is not published: it was
/// never delivered, so it counts neither on time nor late). Feeds "action items closed on time".
/// </summary>
public sealed record ActionItemClosed : IntegrationEvent
{
    public required Guid ActionItemId { get; init; }

    public required Guid MeetingId { get; init; }

    public required DateOnly DueOn { get; init; }

    public required DateOnly ClosedOn { get; init; }

    /// <summary>True when <see cref="ClosedOn"/> is on or before <see cref="DueOn"/>.</summary>
    public required bool OnTime { get; init; }
}
