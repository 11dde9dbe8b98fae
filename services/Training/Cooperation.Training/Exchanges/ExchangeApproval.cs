namespace Cooperation.Training.Exchanges;

/// <summary>One agency's approval of an exchange: which side, who, when and why.</summary>
public sealed record ExchangeApproval(ExchangeSide Side, Guid AgencyId, string ApprovedBy, DateTimeOffset ApprovedAt, string Reason);
