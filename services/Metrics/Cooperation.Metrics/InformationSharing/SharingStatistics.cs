namespace Cooperation.Metrics.InformationSharing;

/// <summary>A quarter's aggregates of one channel, or of every channel asked for when <see cref="Channel"/> is null.</summary>
public sealed record SharingStatistics(
    SharingChannel? Channel,
    long Volume,
    long Sent,
    long Received,
    long Answered,
    long Refused,
    long Pending,
    double? MedianHoursToAnswer,
    double? P90HoursToAnswer,
    long AnsweredWithinDeadline)
{
    /// <summary>Answered by their deadline ÷ answered; null while none was answered.</summary>
    public decimal? WithinDeadlineShare => Answered == 0 ? null : Math.Round((decimal)AnsweredWithinDeadline / Answered, 6);

    /// <summary>Refusals per reason.</summary>
    public IReadOnlyDictionary<RefusalReason, long> Refusals { get; init; } = new Dictionary<RefusalReason, long>();
}
