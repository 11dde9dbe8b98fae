namespace Cooperation.Bench.Load;

/// <summary>How to read the CPU time used so far by the server side: the server's own processes and PostgreSQL's.</summary>
internal sealed record ServerCpu(Func<TimeSpan> Server, Func<TimeSpan> Database)
{
    public static ServerCpu ProcessOnly(Func<TimeSpan> server) => new(server, () => TimeSpan.Zero);
}
