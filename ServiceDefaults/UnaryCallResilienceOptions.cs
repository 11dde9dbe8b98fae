using Grpc.Core;

namespace Cooperation.ServiceDefaults;

/// <summary>Deadline and retry settings for outgoing unary gRPC calls.</summary>
public sealed class UnaryCallResilienceOptions
{
    /// <summary>Applied when the caller set no deadline, so no outgoing call can hang forever.</summary>
    public TimeSpan DefaultDeadline { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Only statuses that mean the call did not reach a handler are retried: retrying after a
    /// handler ran could apply a write twice.
    /// </summary>
    public ISet<StatusCode> RetryableStatusCodes { get; } = new HashSet<StatusCode> { StatusCode.Unavailable };
}
