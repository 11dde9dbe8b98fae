using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.InformationSharing;

/// <summary>The information-sharing log on the wire.</summary>
public static class InformationSharingWire
{
    public static V1.InformationExchange ToWire(InformationExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return new V1.InformationExchange
        {
            Id = exchange.Id.ToString(),
            AgencyId = exchange.AgencyId.ToString(),
            Channel = WireEnums.ToWire<SharingChannel, V1.SharingChannel>(exchange.Channel),
            Direction = WireEnums.ToWire<SharingDirection, V1.SharingDirection>(exchange.Direction),
            Urgency = WireEnums.ToWire<UrgencyBand, V1.UrgencyBand>(exchange.Urgency),
            HandlingCode = WireEnums.ToWire<HandlingCode, V1.HandlingCode>(exchange.HandlingCode),
            RequestedAt = WireInstant.ToWire(exchange.RequestedAt),
            DueAt = WireInstant.ToWire(exchange.DueAt),
            Status = WireEnums.ToWire<ExchangeStatus, V1.ExchangeStatus>(exchange.Status),
            AnsweredAt = WireInstant.ToWire(exchange.AnsweredAt),
            AnsweredWithinDeadline = exchange.AnsweredWithinDeadline,
            RefusedAt = WireInstant.ToWire(exchange.RefusedAt),
            RefusalReason = WireEnums.ToWire<RefusalReason, V1.RefusalReason>(exchange.RefusalReason),
            RecordedBy = exchange.RecordedBy,
        };
    }

    public static V1.SharingStatistics ToWire(SharingStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var wire = new V1.SharingStatistics
        {
            Channel = WireEnums.ToWire<SharingChannel, V1.SharingChannel>(statistics.Channel),
            Volume = statistics.Volume,
            Sent = statistics.Sent,
            Received = statistics.Received,
            Answered = statistics.Answered,
            Refused = statistics.Refused,
            Pending = statistics.Pending,
        };
        if (statistics.MedianHoursToAnswer is { } median)
        {
            wire.MedianHoursToAnswer = median;
        }

        if (statistics.P90HoursToAnswer is { } p90)
        {
            wire.P90HoursToAnswer = p90;
        }

        if (statistics.WithinDeadlineShare is { } share)
        {
            wire.AnsweredWithinDeadlineShare = (double)share;
        }

        wire.Refusals.AddRange(statistics.Refusals.OrderBy(r => r.Key)
            .Select(r => new V1.RefusalCount { Reason = WireEnums.ToWire<RefusalReason, V1.RefusalReason>(r.Key), Count = r.Value }));
        return wire;
    }
}
