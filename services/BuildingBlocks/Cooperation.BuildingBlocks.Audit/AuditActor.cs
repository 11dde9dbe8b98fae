using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>Who acted: ids only (the token subject, participant and agency), never a name.</summary>
public sealed record AuditActor(string Subject, Participant? Participant, Guid? AgencyId)
{
    public static AuditActor From(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return new AuditActor(caller.Subject, caller.Participant, caller.AgencyId);
    }
}
