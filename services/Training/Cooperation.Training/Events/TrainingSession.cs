namespace Cooperation.Training.Events;

/// <summary>One dated session of an event, in UTC instants.</summary>
public sealed record TrainingSession(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    /// <summary>The calendar day the session starts on at the venue (<paramref name="venueTimeZone"/>, an IANA id).</summary>
    public DateOnly DayAt(string venueTimeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(StartsAt, TimeZoneInfo.FindSystemTimeZoneById(venueTimeZone)).DateTime);

    /// <summary>True when the two sessions share any instant (touching ends do not overlap).</summary>
    public bool Overlaps(TrainingSession other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return StartsAt < other.EndsAt && other.StartsAt < EndsAt;
    }
}
