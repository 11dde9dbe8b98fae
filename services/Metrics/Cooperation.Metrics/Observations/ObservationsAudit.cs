namespace Cooperation.Metrics.Observations;

/// <summary>Resource-type names of the observations feature's audit records.</summary>
public static class ObservationsAudit
{
    public const string Observation = "Observation";

    public const string InboxMessage = "InboxMessage";

    /// <summary>A value entered or corrected by hand.</summary>
    public const string ManualObservation = "ManualObservation";

    public static readonly IReadOnlyList<string> ManualObservationFields =
        ["indicator_code", "year", "quarter", "disaggregation", "kind", "value", "previous_value", "source", "note"];

    public static readonly IReadOnlyList<string> ObservationFields = ["indicator_code", "year", "quarter", "disaggregation", "amount"];
}
