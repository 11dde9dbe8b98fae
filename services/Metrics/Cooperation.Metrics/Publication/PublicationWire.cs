using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.Metrics;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Publication;

/// <summary>Publication state on the wire, and the event of a publication.</summary>
public static class PublicationWire
{
    public static V1.PublicationState ToWire(BilateralPublication state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new V1.PublicationState
        {
            Quarter = new V1.Quarter { Year = state.Quarter.Year, Quarter_ = state.Quarter.Number },
            FiguresVersion = state.FiguresVersion,
            BgApproval = ToWire(state.Bg, state.ApprovedByBg),
            UkApproval = ToWire(state.Uk, state.ApprovedByUk),
            ApprovedByBg = state.ApprovedByBg,
            ApprovedByUk = state.ApprovedByUk,
            Published = state.IsPublished,
            PublishedVersion = state.PublishedVersion,
            PublishedAt = state.PublishedAt is { } at ? WireInstant.ToWire(at) : null,
        };
    }

    public static QuarterPublished Published(BilateralPublication state, int values) => new()
    {
        Year = state.Quarter.Year,
        Quarter = state.Quarter.Number,
        FiguresVersion = state.FiguresVersion,
        IndicatorValues = values,
    };

    private static V1.Approval? ToWire(QuarterApproval? approval, bool stands) => approval is null ? null : new V1.Approval
    {
        ApprovedVersion = approval.ApprovedVersion,
        ApprovedAt = WireInstant.ToWire(approval.ApprovedAt),
        Stands = stands,
    };
}
