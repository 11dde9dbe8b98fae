using Cooperation.BuildingBlocks.Domain;
using Cooperation.Training.SignUp;

namespace Cooperation.Training.Events;

/// <summary>
/// An event of a catalogue activity (¶4b): its dated sessions in time order, its host, venue and
/// language, its seats and the bookings it needs, and its sign-up window.
/// </summary>
public sealed class TrainingEvent(
    Guid id, Guid activityId, Participant hostParticipant, Guid hostAgencyId, string? venue, bool online,
    string venueTimeZone, string language, int capacity, int minimumBookings, SignUpWindow signUp,
    IReadOnlyList<Guid> trainerOfficialIds, IReadOnlyList<TrainingSession> sessions, ApprovalMode approval, DateTimeOffset createdAt, Guid? programmeItemId = null,
    int agencyQuota = 0)
{
    public Guid Id { get; } = id;

    public Guid ActivityId { get; } = activityId;

    public Participant HostParticipant { get; } = hostParticipant;

    public Guid HostAgencyId { get; } = hostAgencyId;

    public string? Venue { get; } = venue;

    public bool Online { get; } = online;

    /// <summary>IANA id of the venue's time zone, for showing the UTC instants locally.</summary>
    public string VenueTimeZone { get; } = venueTimeZone;

    public string Language { get; } = language;

    public int Capacity { get; private set; } = capacity;

    public int MinimumBookings { get; } = minimumBookings;

    public SignUpWindow SignUp { get; } = signUp;

    public IReadOnlyList<Guid> TrainerOfficialIds { get; } = trainerOfficialIds;

    /// <summary>In time order; they do not overlap.</summary>
    public IReadOnlyList<TrainingSession> Sessions { get; } = sessions;

    /// <summary>Who approves a nomination before it takes a seat.</summary>
    public ApprovalMode Approval { get; } = approval;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>The agreed training project (programme item) this event delivers, if any.</summary>
    public Guid? ProgrammeItemId { get; } = programmeItemId;

    /// <summary>The most seats one nominating agency holds (<see cref="PerAgencyQuota"/>); 0 when there is no quota.</summary>
    public int AgencyQuota { get; } = agencyQuota;

    public DateTimeOffset FirstSessionAt => Sessions[0].StartsAt;

    /// <summary>Sets the seats; the sign-up (<see cref="EventBookings"/>) checks the booked officials still fit.</summary>
    internal void ChangeCapacity(int capacity) => Capacity = capacity;
}
