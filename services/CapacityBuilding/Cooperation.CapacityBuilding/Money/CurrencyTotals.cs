using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;

namespace Cooperation.CapacityBuilding.Money;

/// <summary>
/// Sums of money kept apart per currency: adding an amount adds it to its own currency's total
/// only, so nothing is ever summed across currencies. <see cref="Sum"/> of amounts refuses mixed
/// currencies outright.
/// </summary>
public sealed class CurrencyTotals
{
    private readonly SortedDictionary<string, decimal> _totals = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Currencies => _totals.Keys;

    public void Add(MoneyAmount amount) => _totals[amount.CurrencyCode] = Of(amount.CurrencyCode) + amount.Amount;

    public decimal Of(string currency) => _totals.TryGetValue(currency, out var total) ? total : 0m;

    /// <summary>The sum of amounts that must all be in <paramref name="currency"/>.</summary>
    public static MoneyAmount Sum(string currency, IEnumerable<MoneyAmount> amounts)
    {
        var total = 0m;
        foreach (var amount in amounts)
        {
            if (amount.CurrencyCode != currency)
            {
                throw new RuleViolationException(MoneyRules.NoSumsAcrossCurrencies,
                    $"An amount in {amount.CurrencyCode} cannot be added to a total in {currency} without an explicit rate.");
            }

            total += amount.Amount;
        }

        return new MoneyAmount(total, currency);
    }
}
