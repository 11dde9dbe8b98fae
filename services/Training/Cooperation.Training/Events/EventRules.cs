namespace Cooperation.Training.Events;

/// <summary>Stable names of the events' rules, reported as the subject of a FailedPrecondition.</summary>
public static class EventRules
{
    /// <summary>¶4b "deliver a programme of training": events are held only of an activity the catalogue offers, a published one.</summary>
    public const string EventsNeedAPublishedActivity = "events-need-a-published-activity";

    /// <summary>¶4b: an event is given in one of the languages its activity is designed for.</summary>
    public const string EventLanguageIsOneTheActivityOffers = "event-language-is-one-the-activity-offers";
}
