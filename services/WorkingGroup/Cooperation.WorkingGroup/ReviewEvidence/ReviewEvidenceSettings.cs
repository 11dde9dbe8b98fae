namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>
/// <c>ReviewEvidence:MetricsAddress</c>: the metrics service, by its service-discovery name under
/// Aspire (<c>http://metrics</c>, the default) or a plain URL. <c>ReviewEvidence:MetricsTimeout</c>:
/// how long a pack waits for each value before it marks the metrics unavailable (default 5 s).
/// </summary>
internal sealed record ReviewEvidenceSettings(Uri MetricsAddress, TimeSpan MetricsTimeout)
{
    public static ReviewEvidenceSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("ReviewEvidence");
        return new ReviewEvidenceSettings(
            new Uri(section["MetricsAddress"] is { Length: > 0 } address ? address : "http://metrics"),
            TimeSpan.TryParse(section["MetricsTimeout"], System.Globalization.CultureInfo.InvariantCulture, out var timeout) && timeout > TimeSpan.Zero
                ? timeout
                : TimeSpan.FromSeconds(5));
    }
}
