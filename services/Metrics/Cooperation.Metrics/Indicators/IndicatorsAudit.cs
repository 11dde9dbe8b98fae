namespace Cooperation.Metrics.Indicators;

/// <summary>Resource-type names of the indicators feature's audit records.</summary>
public static class IndicatorsAudit
{
    public const string Indicator = "Indicator";

    public const string InboxMessage = "InboxMessage";

    public static readonly IReadOnlyList<string> DefinitionFields =
        ["name_en", "name_bg", "unit", "measure", "baseline", "target", "direction", "period_type"];
}
