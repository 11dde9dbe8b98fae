using System.Globalization;

namespace Cooperation.Fuzzing;

/// <summary>
/// How much the fuzzer sends and from which seed. The seed is fixed unless
/// <c>COOPERATION_FUZZ_SEED</c> names one (a number to replay a run, <c>random</c> for a new one),
/// so a run in CI is the same run every time and any run can be replayed from its printed seed.
/// </summary>
public static class FuzzSettings
{
    public const int DefaultSeed = 20231113;

    /// <summary>Cases per RPC besides the empty and the plausible message.</summary>
    public const int Mutations = 8;

    public const int RandomMessages = 3;

    public const int RandomPayloads = 2;

    /// <summary>A unary call that takes longer than this under fuzzing counts as a hang.</summary>
    public static readonly TimeSpan UnaryDeadline = TimeSpan.FromSeconds(20);

    /// <summary>A stream is read this long, then the deadline ends it.</summary>
    public static readonly TimeSpan StreamDeadline = TimeSpan.FromSeconds(1);

    public static int Seed { get; } = ReadSeed();

    /// <summary>The seed of one RPC's cases: each RPC's cases replay alone, whatever the order or the set of RPCs.</summary>
    public static int SeedFor(string rpcFullName)
    {
        // FNV-1a: string.GetHashCode differs between processes.
        var hash = 2166136261u;
        foreach (var c in rpcFullName)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (uint)Seed);
    }

    private static int ReadSeed()
    {
        var text = Environment.GetEnvironmentVariable("COOPERATION_FUZZ_SEED");
        if (string.IsNullOrWhiteSpace(text))
        {
            return DefaultSeed;
        }

        return text.Equals("random", StringComparison.OrdinalIgnoreCase)
            ? Random.Shared.Next()
            : int.Parse(text, CultureInfo.InvariantCulture);
    }
}
