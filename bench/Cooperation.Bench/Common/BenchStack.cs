using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Testing;

namespace Cooperation.Bench.Common;

/// <summary>
/// The servers of one benchmark run: a private PostgreSQL cluster and a private RabbitMQ broker
/// (the tests' fixtures), both started while this process is pinned to the server core so they
/// inherit it, and the real service binaries from their Release (else Debug) build output.
/// </summary>
internal sealed class BenchStack : IAsyncDisposable
{
    private readonly List<ServerProcess> _services = [];
    private int? _postmaster;

    private BenchStack(PostgresServer postgres, RabbitMqBroker broker)
    {
        Postgres = postgres;
        Broker = broker;
        Tokens = DevelopmentTokenIssuer.Create(DevelopmentTokenIssuer.DevelopmentEnvironment, SigningKey);
    }

    public PostgresServer Postgres { get; }

    public RabbitMqBroker Broker { get; }

    public string SigningKey { get; } = DevelopmentSigningKey.Generate();

    public DevelopmentTokenIssuer Tokens { get; }

    public static async Task<BenchStack> StartAsync(bool withBroker)
    {
        Machine.PinSelf(Machine.ServerCore);
        var postgres = await PostgresServer.Shared.WaitAsync(TimeSpan.FromMinutes(2));
        var broker = new RabbitMqBroker();
        if (withBroker)
        {
            await broker.InitializeAsync().WaitAsync(TimeSpan.FromMinutes(2));
        }

        Machine.PinSelf(Machine.ClientCore);
        return new BenchStack(postgres, broker);
    }

    /// <summary>Starts a service (e.g. "WorkingGroup", database "workinggroupdb") on a fresh database; returns it and its connection string.</summary>
    public async Task<(ServerProcess Service, string Database)> StartServiceAsync(string service, string databaseName)
    {
        var database = await Postgres.CreateDatabaseAsync(databaseName);
        var binary = ServiceBinary(service);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            [$"ConnectionStrings__{databaseName}"] = database,
            ["ConnectionStrings__messaging"] = Broker.ConnectionString,
            ["Authentication__Development__SigningKey"] = SigningKey,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var process = await ServerProcess.StartAsync(service, "dotnet", [binary], environment, Path.GetDirectoryName(binary)!);
        _services.Add(process);
        return (process, database);
    }

    /// <summary>CPU time used so far by the service's process tree, and by PostgreSQL's (its postmaster and every backend).</summary>
    public Load.ServerCpu ServerCpu(ServerProcess service) => new(
        () => Machine.TreeCpuTime(service.Pid),
        () => (_postmaster ??= Machine.PostmasterOf(Postgres.Port)) is { } postmaster ? Machine.TreeCpuTime(postmaster) : TimeSpan.Zero);

    public async ValueTask DisposeAsync()
    {
        foreach (var service in _services)
        {
            await service.DisposeAsync();
        }

        if (Broker.IsRunning)
        {
            await Broker.DisposeAsync();
        }
    }

    private static string ServiceBinary(string service)
    {
        var project = Path.Combine(ResultsFile.RepositoryRoot(), "services", service, $"Cooperation.{service}", "bin");
        foreach (var configuration in new[] { "Release", "Debug" })
        {
            var dll = Path.Combine(project, configuration, "net10.0", $"Cooperation.{service}.dll");
            if (File.Exists(dll))
            {
                return dll;
            }
        }

        throw new InvalidOperationException(
            $"Cooperation.{service} is not built: run `dotnet build -c Release services/{service}/Cooperation.{service}` (scripts/bench.sh does).");
    }
}
