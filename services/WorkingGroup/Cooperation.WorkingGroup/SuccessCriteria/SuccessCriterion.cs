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
}
