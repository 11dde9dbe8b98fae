using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.CooperationAreas;

/// <summary>An area for cooperation the working group identified (¶5), described in the statement's terms.</summary>
internal sealed record CooperationArea(
    Guid Id, string Title, string Description, IReadOnlyList<CooperationAreaTag> Tags, DateTimeOffset IdentifiedAt)
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 4000;

    /// <summary>
    /// An area must say which part of the statement it advances, so it needs at least one tag
    /// (<see cref="CooperationAreaRules.AreaNamesATag"/>); repeated tags count once.
    /// </summary>
    public static CooperationArea Identify(
        string title, string description, IEnumerable<CooperationAreaTag> tags, DateTimeOffset identifiedAt)
    {
        var distinct = tags.Distinct().Order().ToList();
        if (distinct.Count == 0)
        {
            throw new ValidationFailedException("tags",
                $"{CooperationAreaRules.AreaNamesATag}: at least one tag from the statement's vocabulary is required");
        }

        return new CooperationArea(Guid.NewGuid(), title, description, distinct, identifiedAt);
    }
}
