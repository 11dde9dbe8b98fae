namespace Cooperation.Bench.Load;

/// <summary>The shape of a closed-loop load: connections, calls in flight on each, warm-up and measured window.</summary>
internal sealed record LoadSettings(int Connections, int InFlightPerConnection, TimeSpan WarmUp, TimeSpan Window)
{
    public static LoadSettings Default { get; } = new(4, 8, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));

    public int Calls => Connections * InFlightPerConnection;

    public string Describe() =>
        $"{Connections} HTTP/2 connections × {InFlightPerConnection} calls in flight, {WarmUp.TotalSeconds:0} s warm-up, {Window.TotalSeconds:0} s measured";
}
