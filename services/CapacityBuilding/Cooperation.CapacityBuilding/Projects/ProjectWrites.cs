using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Grpc.Core;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>
/// The one way every write to a project or its plan (phases, milestones, budgets, risks, results)
/// begins and ends: a unit of work from the call, the project held, the caller's access checked
/// before the version it read, and at commit the project's next version saved with the change.
/// </summary>
public sealed class ProjectWrites(IUnitOfWorkFactory unitOfWorkFactory, ProjectRepository projects)
{
    public async Task<ProjectWrite> BeginAsync(ServerCallContext context, Guid projectId, long version)
    {
        ArgumentNullException.ThrowIfNull(context);
        var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        try
        {
            var project = await projects.GetForUpdateAsync(unitOfWork, projectId);
            context.GetCaller().EnsureCanChange(project);
            ProjectVersion.EnsureCurrent(project.Id, project.Version, version);
            return new ProjectWrite(unitOfWork, project, projects);
        }
        catch
        {
            await unitOfWork.DisposeAsync();
            throw;
        }
    }
}

/// <summary>A write in progress on one held project.</summary>
public sealed class ProjectWrite(IUnitOfWork unitOfWork, Project project, ProjectRepository projects) : IAsyncDisposable
{
    public IUnitOfWork UnitOfWork { get; } = unitOfWork;

    public Project Project { get; } = project;

    /// <summary>Saves the project at its next version with the change, its events and audit records.</summary>
    public async Task CommitAsync()
    {
        Project.NextVersion();
        await projects.UpdateAsync(UnitOfWork, Project);
        await UnitOfWork.CommitAsync();
    }

    public ValueTask DisposeAsync() => UnitOfWork.DisposeAsync();
}
