namespace Cooperation.WorkingGroup.Tests.Infrastructure;

#if POSTGRES
/// <summary>
/// A fresh database on one private PostgreSQL cluster that the whole test run shares (started on
/// first use, stopped when the test process exits). Each factory gets a database of its own.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    private static readonly Lazy<Cooperation.Testing.PostgresServer> Cluster = new(StartCluster);

    private TestDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static TestDatabase Create() =>
        new(Cluster.Value.CreateDatabaseAsync("workinggroup").GetAwaiter().GetResult());

    public void Dispose() => Npgsql.NpgsqlConnection.ClearAllPools();

    private static Cooperation.Testing.PostgresServer StartCluster()
    {
        var cluster = new Cooperation.Testing.PostgresServer();
        cluster.InitializeAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().GetAwaiter().GetResult();
        return cluster;
    }
}
#else
/// <summary>A SQLite file of its own for each factory, deleted with it.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"wg-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_file}";

    public static TestDatabase Create() => new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
#endif
