namespace Cooperation.Training.Exchanges;

/// <summary>The guest's stay with the host agency, from the first to the last day, and what it is for: one leg of a pair.</summary>
public sealed record ExchangeLeg(DateOnly StartsOn, DateOnly EndsOn, string Purpose);
