using System.Globalization;
using System.Text;

namespace Cooperation.FaultDrills.Infrastructure;

/// <summary>
/// What a drill counted, printed in one line: <c>sent</c> calls, <c>committed</c> changes (rows in
/// the producer), <c>delivered</c> events (their ids in the consumer's inbox), <c>duplicates</c>
/// (events with more than one effect), <c>lost</c> (committed changes whose event never had its
/// effect), and whatever else the drill measured.
/// </summary>
public sealed class DrillTally(string drill)
{
    private readonly List<(string Name, string Value)> _extras = [];

    public long Sent { get; set; }

    public long Committed { get; set; }

    public long Delivered { get; set; }

    public long Duplicates { get; set; }

    public long Lost { get; set; }

    public DrillTally Add(string name, object value)
    {
        _extras.Add((name, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
        return this;
    }

    public void Print(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{drill}: sent={Sent}, committed={Committed}, delivered={Delivered}, duplicates={Duplicates}, lost={Lost}");
        foreach (var (name, value) in _extras)
        {
            line.Append(CultureInfo.InvariantCulture, $", {name}={value}");
        }

        output.WriteLine(line.ToString());
    }
}
