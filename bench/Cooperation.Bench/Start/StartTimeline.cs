using System.Globalization;

namespace Cooperation.Bench.Start;

/// <summary>
/// When each step of a stack start was first seen, counted from the moment <c>./scripts/run.sh</c>
/// started: the AppHost's own process (what <c>dotnet run</c>'s up-to-date check and restore cost
/// before it), PostgreSQL and the broker accepting connections, the orchestrator launching the
/// services (it does so once both are healthy), and each service's first SERVING. The gaps between
/// them say where a start's time goes.
/// </summary>
internal sealed class StartTimeline(IReadOnlyList<string> serviceAssemblies)
{
    public const string AppHostRunning = "AppHost running";
    public const string PostgresAccepts = "PostgreSQL accepts";
    public const string BrokerAccepts = "broker accepts";
    public const string FirstServiceLaunched = "first service launched";
    public const string LastServiceLaunched = "last service launched";

    private const int PostgresPort = 5271;
    private const int BrokerPort = 5270;

    private readonly Dictionary<string, TimeSpan> _seen = [];
    private readonly HashSet<string> _launched = [];

    /// <summary>
    /// Looks every 100 ms until <paramref name="stop"/>, on its own so that a slow health call
    /// elsewhere cannot delay when a step is seen; <paramref name="clock"/> started with the script.
    /// </summary>
    public async Task WatchAsync(System.Diagnostics.Stopwatch clock, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            lock (_seen)
            {
                Observe(clock.Elapsed);
            }

            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The steps seen so far, each with its time since the script started.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Snapshot()
    {
        lock (_seen)
        {
            return new Dictionary<string, TimeSpan>(_seen);
        }
    }

    private void Observe(TimeSpan now)
    {
        if (!_seen.ContainsKey(PostgresAccepts) && LoopbackPort.Accepts(PostgresPort))
        {
            _seen[PostgresAccepts] = now;
        }

        if (!_seen.ContainsKey(BrokerAccepts) && LoopbackPort.Accepts(BrokerPort))
        {
            _seen[BrokerAccepts] = now;
        }

        if (_seen.ContainsKey(AppHostRunning) && _launched.Count == serviceAssemblies.Count)
        {
            return;
        }

        foreach (var commandLine in CommandLines())
        {
            // The AppHost's own executable; `dotnet run --project AppHost` and MSBuild's nodes name the project, not it.
            if (!_seen.ContainsKey(AppHostRunning) && commandLine.Contains("/Cooperation.AppHost", StringComparison.Ordinal)
                && !commandLine.Contains(".csproj", StringComparison.Ordinal) && !commandLine.Contains("MSBuild", StringComparison.Ordinal))
            {
                _seen[AppHostRunning] = now;
            }

            foreach (var assembly in serviceAssemblies.Where(a => !_launched.Contains(a)))
            {
                if (commandLine.Contains(assembly, StringComparison.Ordinal) && !commandLine.Contains("MSBuild", StringComparison.Ordinal))
                {
                    _launched.Add(assembly);
                    _seen.TryAdd(FirstServiceLaunched, now);
                    if (_launched.Count == serviceAssemblies.Count)
                    {
                        _seen[LastServiceLaunched] = now;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> CommandLines()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // exited meanwhile
            }

            yield return commandLine;
        }
    }
}
