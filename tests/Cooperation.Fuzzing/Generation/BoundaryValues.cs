using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace Cooperation.Fuzzing.Generation;

/// <summary>
/// The values a field is attacked with, by its type: the edges where parsing, validation and the
/// database disagree (empty and huge text, NUL characters, ids that are not ids, the extremes of
/// every number, enum numbers the contract does not know, timestamps outside what a clock can hold).
/// </summary>
public static class BoundaryValues
{
    /// <summary>Large enough to overflow any column and any sensible limit, small enough to stay under the message cap.</summary>
    public const int HugeTextLength = 300_000;

    public static readonly string[] Texts =
    [
        "",
        "   ",
        new('x', HugeTextLength),
        "\0",
        "nul\0inside",
        "not-a-uuid",
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
        "'; DROP TABLE audit_records; --",
        "%_\\",
        "\uD800",
        "ñ💥\u202E\u200B",
        "-1",
        "99999999999999999999999999999",
        "2023-13-45",
        "\r\n\t",
    ];

    public static readonly object[] Int32s = [0, -1, 1, int.MinValue, int.MaxValue];
    public static readonly object[] Int64s = [0L, -1L, 1L, long.MinValue, long.MaxValue];
    public static readonly object[] UInt32s = [0u, 1u, uint.MaxValue];
    public static readonly object[] UInt64s = [0ul, 1ul, ulong.MaxValue];
    public static readonly object[] Doubles = [0d, -0d, -1d, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.Epsilon, 1e-300];
    public static readonly object[] Floats = [0f, -1f, float.NaN, float.PositiveInfinity, float.MaxValue];

    /// <summary>Enum numbers no contract declares, beside the unset zero.</summary>
    public static readonly int[] EnumNumbers = [0, -1, 999, int.MaxValue, int.MinValue];

    /// <summary>Timestamps at and beyond what protobuf and PostgreSQL can hold, and malformed ones.</summary>
    public static Timestamp[] Timestamps() =>
    [
        new() { Seconds = 0, Nanos = 0 },
        new() { Seconds = -62135596800 },                 // 0001-01-01, the smallest valid
        new() { Seconds = 253402300799, Nanos = 999999999 }, // 9999-12-31, the largest valid
        new() { Seconds = -62135596801 },                 // before year 1: invalid
        new() { Seconds = 253402300800 },                 // after year 9999: invalid
        new() { Seconds = long.MaxValue },
        new() { Seconds = long.MinValue },
        new() { Seconds = 1_700_000_000, Nanos = -1 },
        new() { Seconds = 1_700_000_000, Nanos = 1_000_000_000 },
        new() { Seconds = -9_000_000_000 },               // 1684: valid, far past
        new() { Seconds = 32_503_680_000 },               // 3000: valid, far future
    ];

    /// <summary>Field values of a google.type.Date (year, month, day) outside the calendar.</summary>
    public static readonly (int Year, int Month, int Day)[] Dates =
    [
        (0, 0, 0), (0, 5, 10), (2024, 0, 10), (2024, 5, 0), (2024, 13, 1), (2024, 2, 30), (2023, 2, 29),
        (-1, 1, 1), (10000, 1, 1), (1, 1, 1), (9999, 12, 31), (int.MaxValue, int.MaxValue, int.MaxValue),
    ];

    public static ByteString Bytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return ByteString.CopyFrom(bytes);
    }

    public static bool IsTimestamp(MessageDescriptor type) => type.FullName == Timestamp.Descriptor.FullName;

    public static bool IsDate(MessageDescriptor type) => type.FullName == "google.type.Date";
}
