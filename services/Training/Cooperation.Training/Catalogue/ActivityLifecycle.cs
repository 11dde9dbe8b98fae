using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Catalogue;

/// <summary>
/// The catalogue's lifecycle, draft → published → closed: a draft is designed and may still be
/// edited, a published activity is offered (events may be held of it, see <c>EventScheduling</c>), a closed one is offered
/// no more and keeps its history.
/// </summary>
public static class ActivityLifecycle
{
    public static void EnsureCanPublish(Guid id, ActivityStatus status)
    {
        if (status != ActivityStatus.Draft)
        {
            throw new RuleViolationException(CatalogueRules.OnlyDraftActivitiesArePublished,
                $"Activity {id} is {Text(status)}; only a DRAFT activity can be published.");
        }
    }

    public static void EnsureCanClose(Guid id, ActivityStatus status)
    {
        if (status == ActivityStatus.Closed)
        {
            throw new RuleViolationException(CatalogueRules.ClosedActivitiesStayClosed,
                $"Activity {id} is already CLOSED.");
        }
    }

    internal static string Text(ActivityStatus status) => status.ToString().ToUpperInvariant();
}
