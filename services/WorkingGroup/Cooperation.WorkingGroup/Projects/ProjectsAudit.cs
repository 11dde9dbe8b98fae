namespace Cooperation.WorkingGroup.Projects;

/// <summary>The resource types the projects' audit records name.</summary>
public static class ProjectsAudit
{
    public const string ProjectProposal = "ProjectProposal";

    /// <summary>A consumed workstream report that changed nothing: the record of its receipt.</summary>
    public const string InboxMessage = "InboxMessage";
}
