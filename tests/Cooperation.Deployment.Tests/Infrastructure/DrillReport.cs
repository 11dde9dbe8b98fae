using System.Globalization;

namespace Cooperation.Deployment.Tests.Infrastructure;

/// <summary>
/// The figures every drill prints: writes attempted (sent), acknowledged (committed), applied at
/// the far end (delivered), applied more than once (duplicates), acknowledged but never applied
/// (lost), and the time from the fault to the first write that went all the way through again.
/// </summary>
public sealed record DrillReport(string Drill, int Sent, int Committed, long Delivered, long Duplicates, long Lost, TimeSpan Recovery)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Drill}: sent={Sent} committed={Committed} delivered={Delivered} duplicates={Duplicates} lost={Lost} recovery={Recovery.TotalSeconds:F1}s");
}
