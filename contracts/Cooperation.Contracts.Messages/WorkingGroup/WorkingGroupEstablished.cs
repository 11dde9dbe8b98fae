namespace Cooperation.Contracts.Messages.WorkingGroup;

/// <summary>The working group was established (¶5), with whether that met the one-month deadline.</summary>
public sealed record WorkingGroupEstablished : IntegrationEvent
{
    public required DateOnly EstablishedOn { get; init; }

    public required DateOnly DueBy { get; init; }

    public required bool OnTime { get; init; }
}
