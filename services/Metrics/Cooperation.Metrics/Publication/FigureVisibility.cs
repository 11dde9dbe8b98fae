using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Security;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Publication;

/// <summary>
/// Which figures a caller sees. Unpublished figures are for the roles that may approve them (the
/// co-chairs) only: everyone else sees each figure as it was last published, and nothing of a
/// quarter that was never published. One query for a caller who may not approve, none otherwise.
/// </summary>
public sealed class FigureVisibility(PublicationRepository publications)
{
    /// <summary>Whether <paramref name="caller"/> may approve figures, and so see them before they are published.</summary>
    public static bool SeesUnpublished(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsInRole(CooperationRoles.CoChair);
    }

    /// <summary><paramref name="values"/> as <paramref name="caller"/> may see them (a value with no published counterpart is left out).</summary>
    public async Task<IReadOnlyList<IndicatorValue>> VisibleAsync(IDbSession session, Caller caller, IReadOnlyCollection<IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return SeesUnpublished(caller) ? [.. values] : await publications.PublishedCounterpartsAsync(session, values);
    }

    /// <summary>The same, for values by indicator code.</summary>
    public async Task<IReadOnlyDictionary<string, IndicatorValue>> VisibleAsync(
        IDbSession session, Caller caller, IReadOnlyDictionary<string, IndicatorValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return (await VisibleAsync(session, caller, [.. values.Values])).ToDictionary(v => v.IndicatorCode);
    }
}
