namespace Cooperation.BuildingBlocks.Wire;

/// <summary>An amount in one ISO 4217 currency, as the domain holds it.</summary>
public readonly record struct MoneyAmount(decimal Amount, string CurrencyCode);
