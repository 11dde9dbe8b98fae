using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;

namespace Cooperation.CapacityBuilding.Money;

/// <summary>
/// Bulgaria's changeover to the euro: from 1 January 2026 the lev is replaced at the fixed rate of
/// 1.95583 BGN per EUR, an amount in leva becoming the amount divided by that rate, rounded to the
/// cent. Amounts in BGN dated before the changeover stay valid as history (and can be redenominated
/// into EUR for a report); a new BGN amount dated on or after it is refused.
/// </summary>
public static class EuroChangeover
{
    public const string Bgn = "BGN";

    public const string Eur = "EUR";

    /// <summary>Leva per euro, fixed by the Council of the EU.</summary>
    public const decimal BgnPerEur = 1.95583m;

    public static readonly DateOnly ChangeoverDay = new(2026, 1, 1);

    /// <summary>Refuses an amount in leva whose value date is on or after the changeover.</summary>
    public static void EnsureAcceptable(MoneyAmount amount, DateOnly valueDate)
    {
        if (amount.CurrencyCode == Bgn && valueDate >= ChangeoverDay)
        {
            throw new RuleViolationException(MoneyRules.NoNewBgnAmountsFrom2026,
                $"Bulgaria adopted the euro on 1 January 2026 at {BgnPerEur} BGN per EUR; an amount in BGN dated {valueDate:yyyy-MM-dd} is no longer accepted. Record it in EUR.");
        }
    }

    /// <summary>An amount in leva in euro: divided by the fixed rate and rounded to the cent (half away from zero).</summary>
    public static decimal ToEuro(decimal leva) => Math.Round(leva / BgnPerEur, 2, MidpointRounding.AwayFromZero);

    /// <summary>A BGN amount redenominated into EUR; any other currency unchanged.</summary>
    public static MoneyAmount Redenominate(MoneyAmount amount) =>
        amount.CurrencyCode == Bgn ? new MoneyAmount(ToEuro(amount.Amount), Eur) : amount;
}
