namespace Cooperation.Training.SignUp;

/// <summary>
/// An official's booking on an event: nominated by their agency, approved as the event's
/// <see cref="ApprovalMode"/> asks, then booked or wait-listed, and possibly withdrawn (late when
/// after the cancellation cut-off). Transitions are made by <see cref="EventBookings"/>.
/// </summary>
public sealed class Booking(
    Guid id, Guid eventId, Guid officialId, Guid agencyId, BookingStatus status, string nominatedBy,
    DateTimeOffset nominatedAt, long? waitListPosition = null, DateTimeOffset? bookedAt = null,
    DateTimeOffset? withdrawnAt = null, bool lateWithdrawal = false, IReadOnlyList<ApprovalDecision>? decisions = null,
    bool newToProgramme = true)
{
    private readonly List<ApprovalDecision> _decisions = [.. decisions ?? []];

    public Guid Id { get; } = id;

    public Guid EventId { get; } = eventId;

    public Guid OfficialId { get; } = officialId;

    /// <summary>The agency that nominated the official (their own).</summary>
    public Guid AgencyId { get; } = agencyId;

    public BookingStatus Status { get; internal set; } = status;

    public string NominatedBy { get; } = nominatedBy;

    public DateTimeOffset NominatedAt { get; } = nominatedAt;

    /// <summary>The place in the event's wait-list (lower goes first); kept after promotion as history.</summary>
    public long? WaitListPosition { get; internal set; } = waitListPosition;

    public DateTimeOffset? BookedAt { get; internal set; } = bookedAt;

    public DateTimeOffset? WithdrawnAt { get; internal set; } = withdrawnAt;

    /// <summary>True when withdrawn after the event's cancellation cut-off.</summary>
    public bool LateWithdrawal { get; internal set; } = lateWithdrawal;

    public IReadOnlyList<ApprovalDecision> Decisions => _decisions;

    /// <summary>True when the official had completed no training of the programme when nominated.</summary>
    public bool NewToProgramme { get; } = newToProgramme;

    public bool IsLive => Status is BookingStatus.AwaitingApproval or BookingStatus.Booked or BookingStatus.WaitListed;

    public int StagesApproved => _decisions.Count(d => d.Approved);

    internal void Record(ApprovalDecision decision) => _decisions.Add(decision);
}
