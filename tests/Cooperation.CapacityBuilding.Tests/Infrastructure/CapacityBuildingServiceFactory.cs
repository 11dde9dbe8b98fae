namespace Cooperation.CapacityBuilding.Tests.Infrastructure;

/// <summary>
/// The capacity-building service in-process, on a copy of its migrated template database (or, for
/// replicas, on a database another factory also runs on).
/// </summary>
public class CapacityBuildingServiceFactory : InProcessServiceFactory<Program>
{
    public CapacityBuildingServiceFactory()
        : this(CapacityBuildingDatabase.Create)
    {
    }

    // Protected, so a class fixture still sees a single public constructor.
    protected CapacityBuildingServiceFactory(Func<TestDatabase> createDatabase)
        : base("capacitybuildingdb", createDatabase)
    {
    }
}
