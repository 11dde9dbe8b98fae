using Cooperation.Metrics.Indicators;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// One row of the change log: a value as a change set it, or as a publication re-stated it. Its
/// stream message is built once and shared by every subscriber that is sent it as it is.
/// </summary>
public sealed class LoggedChange(IndicatorValue value, bool published)
{
    private V1.WatchIndicatorsResponse? _message;

    public IndicatorValue Value { get; } = value;

    public bool Published { get; } = published;

    public long Version => Value.Version;

    /// <summary>The stream message of this change, not coalesced (a benign race may build it twice).</summary>
    public V1.WatchIndicatorsResponse Message => _message ??= new V1.WatchIndicatorsResponse { Change = ToWire(coalesced: false) };

    public V1.WatchIndicatorsResponse CoalescedMessage() => new() { Change = ToWire(coalesced: true) };

    public V1.IndicatorChange ToWire(bool coalesced) => new()
    {
        IndicatorId = Value.IndicatorCode,
        Value = IndicatorWire.ToWire(Value),
        Coalesced = coalesced,
        Published = Published,
    };
}
