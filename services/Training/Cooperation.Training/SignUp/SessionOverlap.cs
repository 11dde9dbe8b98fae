using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Events;

namespace Cooperation.Training.SignUp;

/// <summary>"No double booking" (¶4b): an official is not booked into two sessions that overlap.</summary>
public static class SessionOverlap
{
    /// <summary>Refuses when a session of <paramref name="trainingEvent"/> overlaps one the official already holds.</summary>
    public static void EnsureFree(Guid officialId, TrainingEvent trainingEvent, IEnumerable<TrainingSession> alreadyHeld)
    {
        ArgumentNullException.ThrowIfNull(trainingEvent);
        var clash = alreadyHeld.FirstOrDefault(held => trainingEvent.Sessions.Any(s => s.Overlaps(held)));
        if (clash is not null)
        {
            throw new RuleViolationException(SignUpRules.NoDoubleBookingIntoOverlappingSessions,
                $"Official {officialId} already holds a session from {clash.StartsAt:u} to {clash.EndsAt:u} that overlaps event {trainingEvent.Id}.");
        }
    }
}
