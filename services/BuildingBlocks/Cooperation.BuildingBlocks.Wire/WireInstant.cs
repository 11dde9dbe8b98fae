using Google.Protobuf.WellKnownTypes;

namespace Cooperation.BuildingBlocks.Wire;

/// <summary>Instants travel as <see cref="Timestamp"/> (UTC); an instant that is not known is an absent message.</summary>
public static class WireInstant
{
    // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range google.protobuf.Timestamp allows.
    private const long MinSeconds = -62_135_596_800;
    private const long MaxSeconds = 253_402_300_799;

    public static Timestamp ToWire(DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    public static Timestamp? ToWire(DateTimeOffset? instant) => instant is { } value ? ToWire(value) : null;

    /// <summary>
    /// Reads a timestamp within the range protobuf allows (0001-01-01 to 9999-12-31, nanos
    /// 0..999,999,999). False, and no value, for anything else.
    /// </summary>
    public static bool TryFromWire(Timestamp? timestamp, out DateTimeOffset value)
    {
        value = default;
        if (timestamp is null || timestamp.Nanos is < 0 or > 999_999_999
            || timestamp.Seconds is < MinSeconds or > MaxSeconds)
        {
            return false;
        }

        value = timestamp.ToDateTimeOffset();
        return true;
    }
}
