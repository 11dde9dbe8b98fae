using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Exchanges;

/// <summary>Exchanges to their wire form, and the wire's leg read into the domain's.</summary>
internal static class ExchangesWire
{
    public const int MaxPurposeLength = 2000;

    public static V1.Exchange ToWire(Exchange exchange)
    {
        var wire = new V1.Exchange
        {
            Id = exchange.Id.ToString(),
            Kind = WireEnums.ToWire<ExchangeKind, V1.ExchangeKind>(exchange.Kind),
            GuestOfficialId = exchange.GuestOfficialId.ToString(),
            GuestAgencyId = exchange.GuestAgencyId.ToString(),
            GuestParticipant = WireParticipant.ToWire(exchange.GuestParticipant),
            HostAgencyId = exchange.HostAgencyId.ToString(),
            HostParticipant = WireParticipant.ToWire(exchange.HostParticipant),
            ReplacementOfficialId = exchange.ReplacementOfficialId?.ToString() ?? "",
            Leg = new V1.ExchangeLeg
            {
                StartsOn = WireDate.ToWire(exchange.Leg.StartsOn), EndsOn = WireDate.ToWire(exchange.Leg.EndsOn), Purpose = exchange.Leg.Purpose,
            },
            Status = WireEnums.ToWire<ExchangeStatus, V1.ExchangeStatus>(exchange.Status),
            PartnerExchangeId = exchange.PartnerExchangeId?.ToString() ?? "",
            PreMatched = exchange.PreMatched,
            ProposedBy = exchange.ProposedBy,
            ProposedAt = WireInstant.ToWire(exchange.ProposedAt),
            StartedOn = WireDate.ToWire(exchange.StartedOn),
            CompletedOn = WireDate.ToWire(exchange.CompletedOn),
            WithdrawnAt = WireInstant.ToWire(exchange.WithdrawnAt),
            WithdrawalReason = exchange.WithdrawalReason ?? "",
        };
        wire.Approvals.AddRange(exchange.Approvals.Select(a => new V1.ExchangeApproval
        {
            Side = WireEnums.ToWire<ExchangeSide, V1.ExchangeSide>(a.Side),
            AgencyId = a.AgencyId.ToString(),
            ApprovedBy = a.ApprovedBy,
            ApprovedAt = WireInstant.ToWire(a.ApprovedAt),
            Reason = a.Reason,
        }));
        return wire;
    }

    /// <summary>Reads a required leg: both days, the last on or after the first, and a purpose.</summary>
    public static ExchangeLeg ReadLeg(this Validator validator, V1.ExchangeLeg? leg, string field)
    {
        if (leg is null)
        {
            validator.Add(field, "is required");
            return new ExchangeLeg(default, default, "");
        }

        var startsOn = validator.RequireDate(leg.StartsOn, $"{field}.starts_on");
        var endsOn = validator.RequireDate(leg.EndsOn, $"{field}.ends_on");
        validator.Require(startsOn == default || endsOn == default || endsOn >= startsOn, $"{field}.ends_on", "must be on or after starts_on");
        validator.RequireText(leg.Purpose, $"{field}.purpose", MaxPurposeLength);
        return new ExchangeLeg(startsOn, endsOn, leg.Purpose?.Trim() ?? "");
    }
}
