using Cooperation.BuildingBlocks.Wire;

namespace Cooperation.CapacityBuilding.Money;

/// <summary>How an amount was turned into the target currency.</summary>
public enum RateKind
{
    SameCurrency = 1,
    Table = 2,
    EuroChangeover = 3,
}

/// <summary>The rate a conversion used, shown beside its result.</summary>
public sealed record AppliedRate(string Currency, RateKind Kind, decimal Rate);

/// <summary>
/// The caller's explicit rates into one target currency (units of the target per unit of each
/// currency). BGN into EUR is never a table rate: it takes the fixed changeover rate
/// (<see cref="EuroChangeover"/>). A conversion answers the rate it applied.
/// </summary>
public sealed class RateTable(string target, IReadOnlyDictionary<string, decimal> rates)
{
    public string Target { get; } = target;

    /// <summary>The rate that converts <paramref name="currency"/>; null when the table has none for it.</summary>
    public AppliedRate? RateFor(string currency)
    {
        if (currency == Target)
        {
            return new AppliedRate(currency, RateKind.SameCurrency, 1m);
        }

        if (currency == EuroChangeover.Bgn && Target == EuroChangeover.Eur)
        {
            return new AppliedRate(currency, RateKind.EuroChangeover, EuroChangeover.BgnPerEur);
        }

        return rates.TryGetValue(currency, out var rate) ? new AppliedRate(currency, RateKind.Table, rate) : null;
    }

    /// <summary>Converts <paramref name="amount"/> with <paramref name="rate"/>, rounded to the cent.</summary>
    public MoneyAmount Convert(decimal amount, AppliedRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var converted = rate.Kind switch
        {
            RateKind.SameCurrency => amount,
            RateKind.EuroChangeover => EuroChangeover.ToEuro(amount),
            _ => Math.Round(amount * rate.Rate, 2, MidpointRounding.AwayFromZero),
        };
        return new MoneyAmount(converted, Target);
    }
}
