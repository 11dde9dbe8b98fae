using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.Events;
using Cooperation.Training.SignUp;

namespace Cooperation.Training.Completion;

/// <summary>Marking attendance and assessing an event's completion by its activity's <see cref="CompletionRule"/>.</summary>
public static class EventCompletion
{
    public static void EnsureCanMark(TrainingEvent trainingEvent, TrainingSession session, Booking booking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(trainingEvent);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(booking);
        if (booking.EventId != trainingEvent.Id || booking.Status != BookingStatus.Booked)
        {
            throw new RuleViolationException(CompletionRules.AttendanceIsMarkedForBookedOfficials,
                $"Booking {booking.Id} holds no seat on event {trainingEvent.Id}.");
        }

        if (now < session.StartsAt)
        {
            throw new RuleViolationException(CompletionRules.AttendanceIsMarkedOnceTheSessionStarted,
                $"Session {session.Id} starts at {session.StartsAt:u}; attendance is marked once it has started.");
        }
    }

    /// <summary>Each booked official's result; refused before the last session ends or when already assessed.</summary>
    public static IReadOnlyList<CompletionResult> Assess(
        TrainingEvent trainingEvent, CompletionRule rule, IEnumerable<Booking> booked,
        ILookup<Guid, AttendanceMark> marksByBooking, bool alreadyAssessed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(trainingEvent);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(marksByBooking);
        var lastEnds = trainingEvent.Sessions.Max(s => s.EndsAt);
        if (alreadyAssessed || now < lastEnds)
        {
            throw new RuleViolationException(CompletionRules.CompletionIsAssessedOnceAfterTheLastSession,
                alreadyAssessed
                    ? $"Event {trainingEvent.Id} has already been assessed."
                    : $"Event {trainingEvent.Id} ends at {lastEnds:u}; completion is assessed after its last session.");
        }

        return booked.Where(b => b.Status == BookingStatus.Booked)
            .Select(b => new CompletionResult(b, CompletionRule.Attended(marksByBooking[b.Id]),
                rule.IsMet(trainingEvent.Sessions.Count, marksByBooking[b.Id])))
            .ToList();
    }
}

/// <summary>One booked official's result: the sessions attended (a partial one counts half) and whether that completes the activity.</summary>
public sealed record CompletionResult(Booking Booking, decimal Attended, bool Completed);
