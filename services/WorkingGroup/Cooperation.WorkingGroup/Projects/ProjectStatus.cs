namespace Cooperation.WorkingGroup.Projects;

public enum ProjectStatus
{
    Proposed = 1,
    Agreed = 2,
    Commenced = 3,
    Completed = 4,
    Closed = 5,
}
