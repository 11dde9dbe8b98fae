using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.BuildingBlocks.Security.Development;

/// <summary>A ready-made caller for local runs and tests.</summary>
public sealed record DevelopmentPersona(
    string Name, string Description, Participant? Participant, Guid? AgencyId, IReadOnlyList<string> Roles)
{
    /// <summary>The subject the token carries: stable per persona, so audit records of local runs read clearly.</summary>
    public string Subject => $"dev:{Name}";
}
