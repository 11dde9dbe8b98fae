using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Testing;
using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cooperation.BuildingBlocks.Tests.Migrations;

/// <summary>Replicas of one service starting together take turns at the migrations.</summary>
public sealed class ConcurrentMigrationTests
{
    private static readonly System.Reflection.Assembly[] ScriptAssemblies =
        [typeof(IUnitOfWork).Assembly, typeof(ConcurrentMigrationTests).Assembly];

    [Fact]
    public async Task Two_migrators_starting_together_on_a_fresh_database_both_succeed_and_apply_each_script_once()
    {
        await using var database = await TestDatabases.CreateEmptyAsync("migrations");
        var loggers = new[] { new AppliedScriptsLogger(), new AppliedScriptsLogger() };
        using var together = new Barrier(loggers.Length);

        await Task.WhenAll(loggers.Select(logger => Task.Run(() =>
        {
            together.SignalAndWait();
            DatabaseMigrator.Migrate(database.ConnectionString, ScriptAssemblies, logger);
        }))).WaitAsync(TimeSpan.FromSeconds(60));

        var scripts = ScriptAssemblies
            .SelectMany(a => a.GetManifestResourceNames())
            .Where(name => name.Contains(".Migrations.", StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(2, scripts.Count);
        Assert.Equal(scripts, loggers.SelectMany(l => l.Applied).Order(StringComparer.Ordinal));
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        var journal = await connection.QueryAsync<string>("SELECT scriptname FROM schemaversions");
        Assert.Equal(scripts, journal.Order(StringComparer.Ordinal));
    }

    /// <summary>Collects the scripts a migrator reports applying.</summary>
    private sealed class AppliedScriptsLogger : ILogger
    {
        private readonly List<string> _applied = [];

        public IReadOnlyList<string> Applied
        {
            get
            {
                lock (_applied)
                {
                    return [.. _applied];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values
                && values.FirstOrDefault(v => v.Key == "Script").Value is string script)
            {
                lock (_applied)
                {
                    _applied.Add(script);
                }
            }
        }
    }
}
