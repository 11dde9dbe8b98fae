namespace Cooperation.Contracts.Messages.WorkingGroup;

/// <summary>A calendar quarter closed without a held meeting: ¶6 "at least quarterly" was broken.</summary>
public sealed record MeetingCadenceBreached : IntegrationEvent
{
    public required int Year { get; init; }

    public required int Quarter { get; init; }

    public required DateOnly QuarterStart { get; init; }

    public required DateOnly QuarterEnd { get; init; }
}
