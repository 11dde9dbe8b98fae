using Grpc.Core;

namespace Cooperation.ServiceDefaults;

/// <summary>Deadline and retry settings for outgoing gRPC calls.</summary>
public sealed class UnaryCallResilienceOptions
{
    /// <summary>Applied to a unary call whose caller set no deadline, so no outgoing call can hang forever.</summary>
    public TimeSpan DefaultDeadline { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts in all, the first included (gRPC caps this at 5).</summary>
    public int MaxAttempts { get; set; } = 4;

    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Only statuses that mean the call did not reach a handler are retried: retrying after a
    /// handler ran could apply a write twice.
    /// </summary>
    public ISet<StatusCode> RetryableStatusCodes { get; } = new HashSet<StatusCode> { StatusCode.Unavailable };
}
