using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Cooperation.Deployment.Tests.Infrastructure;

/// <summary>
/// What the replicas' bus and relay said during a drill (MassTransit and the messaging building
/// block at Debug, everything else at Warning), time-stamped from the drill's start and named by
/// replica, kept in memory so a failing drill can show where an event stopped. With
/// <c>COOPERATION_DRILL_LOG</c> set to a file path, every line is also appended there as it comes.
/// </summary>
public sealed class DrillLog
{
    public const string FileVariable = "COOPERATION_DRILL_LOG";
    private const int Kept = 4000;

    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly string? _file = Environment.GetEnvironmentVariable(FileVariable);
    private readonly Lock _fileLock = new();

    /// <summary>A logger provider for one replica, its lines prefixed with <paramref name="replica"/>.</summary>
    public ILoggerProvider For(string replica) => new Provider(this, replica);

    /// <summary>Records a line of the drill's own (the kill, what the queue looked like).</summary>
    public void Note(string line) => Add("drill", "Drill", LogLevel.Information, line, null);

    /// <summary>How many of the lines kept contain <paramref name="fragment"/>, by replica (e.g. "first=2 second=0").</summary>
    public string Count(string fragment) => string.Join(' ', _lines
        .Where(l => l.Contains(fragment, StringComparison.Ordinal))
        .GroupBy(l => l.TrimStart().Split(' ')[1])
        .Select(g => $"{g.Key}={g.Count()}")
        .DefaultIfEmpty("none"));

    /// <summary>The last lines kept, oldest first.</summary>
    public override string ToString() => string.Join(Environment.NewLine, _lines);

    private static bool Wanted(string category, LogLevel level) =>
        level >= LogLevel.Warning
        || (level >= LogLevel.Debug && (category.StartsWith("MassTransit", StringComparison.Ordinal)
            || category.StartsWith("Cooperation.BuildingBlocks.Messaging", StringComparison.Ordinal)));

    private void Add(string replica, string category, LogLevel level, string message, Exception? exception)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{_clock.Elapsed.TotalSeconds,8:F3} {replica} {level} {category}: {message}{(exception is null ? "" : " | " + exception.GetType().Name + ": " + exception.Message)}");
        _lines.Enqueue(line);
        while (_lines.Count > Kept && _lines.TryDequeue(out _))
        {
        }

        if (_file is not null)
        {
            lock (_fileLock)
            {
                File.AppendAllText(_file, line + Environment.NewLine);
            }
        }
    }

    private sealed class Provider(DrillLog log, string replica) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(log, replica, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class Logger(DrillLog log, string replica, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => Wanted(category, logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Add(replica, category, logLevel, formatter(state, exception), exception);
            }
        }
    }
}
