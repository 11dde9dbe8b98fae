namespace Cooperation.Training.Events;

/// <summary>One dated session of an event, in UTC instants.</summary>
public sealed record TrainingSession(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    /// <summary>True when the two sessions share any instant (touching ends do not overlap).</summary>
    public bool Overlaps(TrainingSession other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return StartsAt < other.EndsAt && other.StartsAt < EndsAt;
    }
}
