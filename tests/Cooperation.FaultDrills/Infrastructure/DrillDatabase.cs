using Npgsql;

namespace Cooperation.FaultDrills.Infrastructure;

/// <summary>
/// The drills' own reads, on unpooled connections: a service hosted in process shares Npgsql's pool
/// with the test, and a drill that cuts or crashes the database must not count with a connection
/// the fault broke.
/// </summary>
public static class DrillDatabase
{
    public static NpgsqlConnection Open(string connectionString) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
}
