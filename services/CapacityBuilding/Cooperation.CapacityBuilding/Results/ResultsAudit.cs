namespace Cooperation.CapacityBuilding.Results;

/// <summary>Resource-type names of the results' audit records.</summary>
public static class ResultsAudit
{
    public const string Result = "Result";

    public const string Indicator = "Indicator";
}
