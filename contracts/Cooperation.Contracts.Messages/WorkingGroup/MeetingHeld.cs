namespace Cooperation.Contracts.Messages.WorkingGroup;

/// <summary>A working-group meeting took place; feeds the cadence indicator.</summary>
public sealed record MeetingHeld : IntegrationEvent
{
    public required Guid MeetingId { get; init; }

    public required DateOnly HeldOn { get; init; }

    public required int Year { get; init; }

    public required int Quarter { get; init; }

    public required bool BothParticipantsPresent { get; init; }

    public required int AttendeeCount { get; init; }
}
