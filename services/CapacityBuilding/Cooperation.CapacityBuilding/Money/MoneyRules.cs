namespace Cooperation.CapacityBuilding.Money;

/// <summary>Stable names of the money rules, reported as the subject of a FailedPrecondition.</summary>
public static class MoneyRules
{
    /// <summary>Bulgaria adopted the euro on 1 January 2026; a new amount in leva dated from then on is refused (<see cref="EuroChangeover"/>).</summary>
    public const string NoNewBgnAmountsFrom2026 = "no-new-bgn-amounts-from-2026";

    /// <summary>Amounts in different currencies are never added up without an explicit rate (<see cref="CurrencyTotals"/>).</summary>
    public const string NoSumsAcrossCurrencies = "no-sums-across-currencies";
}
