namespace Cooperation.Training.Events;

/// <summary>When officials may be nominated for an event, and from when a withdrawal counts as late.</summary>
public sealed record SignUpWindow(DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DateTimeOffset CancellationCutoff)
{
    public bool IsOpenAt(DateTimeOffset now) => now >= OpensAt && now < ClosesAt;

    /// <summary>A withdrawal at <paramref name="now"/> is late when it comes after the cancellation cut-off.</summary>
    public bool IsLateAt(DateTimeOffset now) => now > CancellationCutoff;
}
