namespace Cooperation.Contracts.Messages.WorkingGroup;

/// <summary>The joint statement was reviewed (¶8) with the outcome recorded.</summary>
public sealed record StatementReviewed : IntegrationEvent
{
    public required Guid ReviewId { get; init; }

    public required DateOnly ReviewedOn { get; init; }

    public required string Outcome { get; init; }
}
