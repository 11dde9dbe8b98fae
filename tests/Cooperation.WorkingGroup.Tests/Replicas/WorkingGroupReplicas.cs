using Cooperation.WorkingGroup.Tests.Infrastructure;

namespace Cooperation.WorkingGroup.Tests.Replicas;

/// <summary>One replica: the service in-process like any factory's, on a database it shares.</summary>
public sealed class WorkingGroupReplica(TestDatabase sharedDatabase) : WorkingGroupServiceFactory(() => sharedDatabase);

/// <summary>
/// Two in-process replicas of the working group on one database, as two processes of a scaled-out
/// deployment would run: each has its own host, background jobs and clock. Started once for a class.
/// </summary>
public sealed class WorkingGroupReplicas : IDisposable
{
    private readonly TestDatabase _database = WorkingGroupDatabase.Create();

    public WorkingGroupReplicas()
    {
        First = new WorkingGroupReplica(_database);
        Second = new WorkingGroupReplica(_database);
        // Start both hosts now, so their start-up passes are over before a test runs.
        _ = First.Server;
        _ = Second.Server;
    }

    public WorkingGroupServiceFactory First { get; }

    public WorkingGroupServiceFactory Second { get; }

    /// <summary>Moves both replicas' clocks to 09:00 UTC on <paramref name="date"/>, which also wakes their daily jobs.</summary>
    public void SetToday(DateOnly date)
    {
        First.SetToday(date);
        Second.SetToday(date);
    }

    public void Dispose()
    {
        First.Dispose();
        Second.Dispose();
        _database.Dispose();
    }
}
