using System.Text.RegularExpressions;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Google.Protobuf.WellKnownTypes;
using Cooperation.Training.SignUp;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Events;

/// <summary>Reads a ScheduleEventRequest into an event, naming every bad field at once.</summary>
internal static partial class EventRequestReader
{
    private const int MaxCapacity = 1000;
    private const int MaxTrainers = 20;
    private const int MaxSessions = 50;

    public static TrainingEvent Read(V1.ScheduleEventRequest request, DateTimeOffset now)
    {
        var validator = new Validator();
        var activityId = validator.RequireId(request.ActivityId, "activity_id");
        var participant = validator.RequireParticipant(request.HostParticipant, "host_participant");
        var hostAgencyId = validator.RequireId(request.HostAgencyId, "host_agency_id");
        if (request.Online)
        {
            validator.Require(request.Venue.Length <= 300, "venue", "must be at most 300 characters");
        }
        else
        {
            validator.RequireText(request.Venue, "venue", 300);
        }

        // HasIanaId: the zone was named by its IANA id, not by a Windows name the system also knows.
        validator.Require(TimeZoneInfo.TryFindSystemTimeZoneById(request.VenueTimeZone, out var zone) && zone.HasIanaId, "venue_time_zone",
            "must be an IANA time zone id such as Europe/Sofia");
        var language = request.Language.Trim().ToLowerInvariant();
        validator.Require(LanguagePattern().IsMatch(language), "language", "must be an ISO 639-1 code of two letters");
        validator.Require(request.Capacity is > 0 and <= MaxCapacity, "capacity", $"must be between 1 and {MaxCapacity}");
        validator.Require(request.MinimumBookings >= 0 && request.MinimumBookings <= Math.Max(request.Capacity, 0), "minimum_bookings",
            "must be between 0 and the capacity");
        validator.Require(request.AgencyQuota >= 0 && request.AgencyQuota <= Math.Max(request.Capacity, 0), "agency_quota",
            "must be between 0 (no quota) and the capacity");
        var opens = RequireInstant(validator, request.SignUpOpensAt, "sign_up_opens_at");
        var closes = RequireInstant(validator, request.SignUpClosesAt, "sign_up_closes_at");
        var cutoff = RequireInstant(validator, request.CancellationCutoff, "cancellation_cutoff");
        validator.Require(opens is null || closes is null || closes > opens, "sign_up_closes_at", "must be after sign_up_opens_at");

        validator.Require(request.TrainerOfficialIds.Count <= MaxTrainers, "trainer_official_ids", $"must have at most {MaxTrainers} trainers");
        var trainers = request.TrainerOfficialIds.Select((value, i) => validator.RequireId(value, $"trainer_official_ids[{i}]")).ToList();
        validator.Require(trainers.Distinct().Count() == trainers.Count, "trainer_official_ids", "must not repeat a trainer");

        var programmeItemId = validator.OptionalId(request.ProgrammeItemId, "programme_item_id");
        var approval = validator.RequireEnum<V1.ApprovalMode, ApprovalMode>(request.Approval, "approval");
        var sessions = ReadSessions(validator, request);
        if (sessions.Count > 0)
        {
            var first = sessions[0].StartsAt;
            validator.Require(closes is null || closes <= first, "sign_up_closes_at", "must be at or before the first session starts");
            validator.Require(cutoff is null || cutoff <= first, "cancellation_cutoff", "must be at or before the first session starts");
        }

        validator.ThrowIfInvalid();
        return new TrainingEvent(
            Guid.NewGuid(), activityId, participant!.Value, hostAgencyId, request.Online && request.Venue.Length == 0 ? null : request.Venue.Trim(),
            request.Online, request.VenueTimeZone, language, request.Capacity, request.MinimumBookings,
            new SignUpWindow(opens!.Value, closes!.Value, cutoff!.Value), trainers, sessions, approval!.Value, now, programmeItemId,
            request.AgencyQuota);
    }

    private static List<TrainingSession> ReadSessions(Validator validator, V1.ScheduleEventRequest request)
    {
        validator.Require(request.Sessions.Count is > 0 and <= MaxSessions, "sessions", $"must have between 1 and {MaxSessions} sessions");
        var sessions = new List<TrainingSession>();
        for (var i = 0; i < request.Sessions.Count; i++)
        {
            var starts = RequireInstant(validator, request.Sessions[i].StartsAt, $"sessions[{i}].starts_at");
            var ends = RequireInstant(validator, request.Sessions[i].EndsAt, $"sessions[{i}].ends_at");
            if (starts is { } s && ends is { } e)
            {
                validator.Require(e > s, $"sessions[{i}].ends_at", "must be after starts_at");
                sessions.Add(new TrainingSession(Guid.NewGuid(), s, e));
            }
        }

        sessions.Sort((a, b) => a.StartsAt.CompareTo(b.StartsAt));
        for (var i = 1; i < sessions.Count; i++)
        {
            validator.Require(!sessions[i - 1].Overlaps(sessions[i]), "sessions", "must not overlap one another");
        }

        return sessions;
    }

    // The wire helpers read optional instants only; a required one is an optional one that must be there.
    private static DateTimeOffset? RequireInstant(Validator validator, Timestamp? value, string field)
    {
        validator.Require(value is not null, field, "is required");
        return validator.OptionalInstant(value, field);
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
