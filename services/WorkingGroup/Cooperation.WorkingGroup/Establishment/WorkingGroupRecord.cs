namespace Cooperation.WorkingGroup.Establishment;

/// <summary>The stored establishment of the one working group.</summary>
internal sealed record WorkingGroupRecord(DateOnly EstablishedOn, DateOnly DueBy, DateTimeOffset RecordedAt)
{
    /// <summary>The programme has exactly one working group; its row always carries this id.</summary>
    public static readonly Guid Id = new Guid("3c0a9e00-0000-4000-8000-000000000001");
}
