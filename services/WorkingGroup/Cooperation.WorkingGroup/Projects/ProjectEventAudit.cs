using Cooperation.BuildingBlocks.Audit;
using Cooperation.Contracts.Messages;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>
/// The audit records of the project consumers, written as the service itself. A report that changes
/// a proposal is recorded against the proposal; one that changes nothing (an unknown project, an
/// end already applied) still commits its inbox row, so it is recorded as the message received.
/// A redelivered copy of a message already applied commits nothing and leaves no record.
/// </summary>
internal static class ProjectEventAudit
{
    public const string ProjectResource = "ProjectProposal";
    public const string InboxMessageResource = "InboxMessage";

    public static AuditEntry Applied(IntegrationEvent message, Guid projectId, params string[] fields) =>
        new(WorkingGroupActor.System, message.GetType().Name, AuditAction.Update, ProjectResource, projectId.ToString())
        {
            Fields = fields,
        };

    public static AuditEntry Ignored(IntegrationEvent message, string reason) =>
        new(WorkingGroupActor.System, message.GetType().Name, AuditAction.Create, InboxMessageResource, message.EventId.ToString())
        {
            Justification = reason,
        };
}
