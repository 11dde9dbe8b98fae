using Cooperation.CapacityBuilding.Tests.Infrastructure;

namespace Cooperation.CapacityBuilding.Tests.Replicas;

/// <summary>One replica: the service in-process like any factory's, on a database it shares.</summary>
public sealed class CapacityBuildingReplica(TestDatabase sharedDatabase) : CapacityBuildingServiceFactory(() => sharedDatabase);

/// <summary>
/// Two in-process replicas of capacity building on one database, as two processes of a scaled-out
/// deployment would run: each has its own host, daily jobs and clock. Started once for a class.
/// </summary>
public sealed class CapacityBuildingReplicas : IDisposable
{
    private readonly TestDatabase _database = CapacityBuildingDatabase.Create();

    public CapacityBuildingReplicas()
    {
        First = new CapacityBuildingReplica(_database);
        Second = new CapacityBuildingReplica(_database);
        // Start both hosts now, so their start-up passes are over before a test runs.
        _ = First.Server;
        _ = Second.Server;
    }

    public CapacityBuildingServiceFactory First { get; }

    public CapacityBuildingServiceFactory Second { get; }

    public void Dispose()
    {
        First.Dispose();
        Second.Dispose();
        _database.Dispose();
    }
}
