namespace Cooperation.Training.Catalogue;

/// <summary>Stable names of the catalogue's rules, reported as the subject of a FailedPrecondition.</summary>
public static class CatalogueRules
{
    /// <summary>¶4b "design and deliver a programme": an activity is offered once designed, so only a draft is published.</summary>
    public const string OnlyDraftActivitiesArePublished = "only-draft-activities-are-published";

    /// <summary>¶4b: the programme stops offering an activity by closing it; a closed activity stays closed.</summary>
    public const string ClosedActivitiesStayClosed = "closed-activities-stay-closed";
}
