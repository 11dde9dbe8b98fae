namespace Cooperation.Training.SignUp;

/// <summary>
/// An event's optional per-agency quota (¶4b "so one agency cannot take every seat"): at most
/// <see cref="SeatsPerAgency"/> of its seats go to officials of one nominating agency (0: no quota).
/// A nomination beyond its agency's quota is not refused: it joins the wait-list, keeping its
/// place in case the agency's own booking is withdrawn or the quota is no longer reached, and
/// promotion passes over it to the next official whose agency has room.
/// </summary>
public sealed record PerAgencyQuota(int SeatsPerAgency)
{
    /// <summary>True when the agency may take one more seat beside the ones it holds in <paramref name="booked"/>.</summary>
    public bool HasRoomFor(Guid agencyId, IEnumerable<Booking> booked) =>
        SeatsPerAgency == 0 || booked.Count(b => b.AgencyId == agencyId) < SeatsPerAgency;
}
