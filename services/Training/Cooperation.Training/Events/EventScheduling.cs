using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Catalogue;

namespace Cooperation.Training.Events;

/// <summary>Whether an event may be scheduled of an activity: the activity is offered, and given in the event's language.</summary>
public static class EventScheduling
{
    public static void EnsureCanSchedule(Activity activity, string language)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Status != ActivityStatus.Published)
        {
            throw new RuleViolationException(EventRules.EventsNeedAPublishedActivity,
                $"Activity {activity.Id} is {ActivityLifecycle.Text(activity.Status)}; events are scheduled only of a PUBLISHED activity.");
        }

        if (!activity.Languages.Contains(language, StringComparer.Ordinal))
        {
            throw new RuleViolationException(EventRules.EventLanguageIsOneTheActivityOffers,
                $"Activity {activity.Id} is given in {string.Join(", ", activity.Languages)}, not in '{language}'.");
        }
    }
}
