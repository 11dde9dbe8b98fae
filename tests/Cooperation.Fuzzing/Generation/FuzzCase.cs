namespace Cooperation.Fuzzing.Generation;

/// <summary>One request the fuzzer sends: its payload and, to replay or read it, what was done to it.</summary>
public sealed record FuzzCase(int Index, string Description, byte[] Payload)
{
    public override string ToString() => $"#{Index} {Description} ({Payload.Length} bytes)";
}
