namespace Cooperation.Metrics.Observations;

/// <summary>Resource-type names of the observations feature's audit records.</summary>
public static class ObservationsAudit
{
    public const string Observation = "Observation";

    public const string InboxMessage = "InboxMessage";

    public static readonly IReadOnlyList<string> ObservationFields = ["indicator_code", "year", "quarter", "disaggregation", "amount"];
}
