namespace Cooperation.CapacityBuilding.Risks;

/// <summary>Resource-type names of the risk register's audit records.</summary>
public static class RisksAudit
{
    public const string Risk = "Risk";

    /// <summary>Why a list of risks is audited: owners and actionees are the working group's officials.</summary>
    public const string ListJustification = "project governance: the risk register names its owners and actionees";
}
