namespace Cooperation.WorkingGroup.SuccessCriteria;

/// <summary>
/// A criterion to evaluate activity under the statement and assess its impact (¶5), optionally
/// tied to one cooperation area, with the measures that evaluate it.
/// </summary>
internal sealed record SuccessCriterion(
    Guid Id, string Title, string Description, Guid? CooperationAreaId, DateTimeOffset DefinedAt,
    IReadOnlyList<SuccessMeasure> Measures)
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;

    /// <summary>A new criterion has no measures yet; they are defined one by one afterwards.</summary>
    public static SuccessCriterion Define(string title, string description, Guid? cooperationAreaId, DateTimeOffset now) =>
        new(Guid.NewGuid(), title, description, cooperationAreaId, now, []);
}
