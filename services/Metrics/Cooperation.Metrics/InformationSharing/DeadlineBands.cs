namespace Cooperation.Metrics.InformationSharing;

/// <summary>
/// Directive (EU) 2023/977's deadlines for answering a request: 8 hours for an urgent one, 3 days,
/// or 7 days. An answer at the deadline itself is within it.
/// </summary>
public static class DeadlineBands
{
    public static TimeSpan DeadlineOf(UrgencyBand band) => band switch
    {
        UrgencyBand.Urgent => TimeSpan.FromHours(8),
        UrgencyBand.ThreeDays => TimeSpan.FromDays(3),
        UrgencyBand.SevenDays => TimeSpan.FromDays(7),
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, "not a deadline band"),
    };

    public static DateTimeOffset DueAt(UrgencyBand band, DateTimeOffset requestedAt) => requestedAt + DeadlineOf(band);

    public static bool IsWithin(UrgencyBand band, DateTimeOffset requestedAt, DateTimeOffset answeredAt) => answeredAt <= DueAt(band, requestedAt);
}
