using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cooperation.AppHost.Platform;

/// <summary>
/// Aspire checks a resource that is not healthy yet again after 1 s, then 2, 3, 4 and 5 s: one that
/// turns ready just after a check is seen up to 5 s late, and everything that waits for it starts
/// that much later (the broker alone lost 2–3.5 s of each stack start this way). Until its resource
/// has first been healthy, this check keeps asking the inner one, every <see cref="PollInterval"/>
/// for up to <see cref="Patience"/>, and answers as soon as it is ready; after that each check asks
/// once, so a resource that goes away later is reported at Aspire's own pace.
/// </summary>
internal sealed class UntilFirstHealthyCheck(IHealthCheck inner, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    // Short enough that the dashboard still shows an unhealthy resource's reason while it starts.
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private volatile bool _beenHealthy;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var giveUpAt = time.GetUtcNow() + Patience;
        while (true)
        {
            var result = await inner.CheckHealthAsync(context, cancellationToken);
            if (result.Status == HealthStatus.Healthy)
            {
                _beenHealthy = true;
                return result;
            }

            if (_beenHealthy || time.GetUtcNow() + PollInterval > giveUpAt)
            {
                return result;
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }
}

internal static class ResourceHealthChecks
{
    /// <summary>
    /// Registers <paramref name="check"/> under <paramref name="key"/> for a resource's
    /// <c>WithHealthCheck</c>, answering as soon as the resource is first ready (<see cref="UntilFirstHealthyCheck"/>).
    /// </summary>
    public static string AddResourceHealthCheck(this IDistributedApplicationBuilder builder, string key, IHealthCheck check)
    {
        // One instance for every run: the registration's factory is called each time the check runs.
        var patient = new UntilFirstHealthyCheck(check, TimeProvider.System);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(key, _ => patient, failureStatus: null, tags: null));
        return key;
    }
}
