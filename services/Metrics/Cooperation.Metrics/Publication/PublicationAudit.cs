namespace Cooperation.Metrics.Publication;

/// <summary>Resource-type names of the publication feature's audit records; a quarter's id is "2024-Q1".</summary>
public static class PublicationAudit
{
    public const string QuarterApproval = "QuarterApproval";

    public const string QuarterPublication = "QuarterPublication";

    public static readonly IReadOnlyList<string> ApprovalFields = ["participant", "approved_version"];

    public static readonly IReadOnlyList<string> PublicationFields = ["figures_version", "published_values"];

    public static string IdOf(Indicators.Quarter quarter) => $"{quarter.Year}-Q{quarter.Number}";
}
