using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.CapacityBuilding.Money;

namespace Cooperation.CapacityBuilding.Tests.Money;

public sealed class MoneyRuleTests
{
    [Theory]
    [InlineData(2025, 12, 31, true)]
    [InlineData(2026, 1, 1, false)]
    [InlineData(2027, 6, 1, false)]
    public void No_new_bgn_amounts_from_2026_but_bgn_history_stays_valid(int year, int month, int day, bool accepted)
    {
        var valueDate = new DateOnly(year, month, day);

        var refused = Record.Exception(() => EuroChangeover.EnsureAcceptable(new MoneyAmount(100m, "BGN"), valueDate));

        if (accepted)
        {
            Assert.Null(refused);
        }
        else
        {
            Assert.Equal(MoneyRules.NoNewBgnAmountsFrom2026, Assert.IsType<RuleViolationException>(refused).Rule);
            Assert.Contains("1.95583", refused.Message, StringComparison.Ordinal);
        }

        EuroChangeover.EnsureAcceptable(new MoneyAmount(100m, "EUR"), valueDate);
    }

    [Theory]
    [InlineData("1.95583", "1.00")]
    [InlineData("100", "51.13")]
    [InlineData("1000000", "511291.88")]
    [InlineData("0.01", "0.01")]
    [InlineData("-195.58", "-100.00")]
    public void The_euro_changeover_divides_leva_by_the_fixed_rate_and_rounds_to_the_cent(string leva, string euro) =>
        Assert.Equal(decimal.Parse(euro, System.Globalization.CultureInfo.InvariantCulture),
            EuroChangeover.ToEuro(decimal.Parse(leva, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Redenomination_turns_bgn_into_eur_and_leaves_other_currencies_alone()
    {
        Assert.Equal(new MoneyAmount(51.13m, "EUR"), EuroChangeover.Redenominate(new MoneyAmount(100m, "BGN")));
        Assert.Equal(new MoneyAmount(100m, "GBP"), EuroChangeover.Redenominate(new MoneyAmount(100m, "GBP")));
    }

    [Fact]
    public void No_sums_across_currencies()
    {
        var totals = new CurrencyTotals();
        totals.Add(new MoneyAmount(10.50m, "EUR"));
        totals.Add(new MoneyAmount(4m, "GBP"));
        totals.Add(new MoneyAmount(0.25m, "EUR"));

        var mixed = Assert.Throws<RuleViolationException>(() =>
            CurrencyTotals.Sum("EUR", [new MoneyAmount(1m, "EUR"), new MoneyAmount(1m, "GBP")]));

        Assert.Equal((10.75m, 4m), (totals.Of("EUR"), totals.Of("GBP")));
        Assert.Equal(["EUR", "GBP"], totals.Currencies);
        Assert.Equal(MoneyRules.NoSumsAcrossCurrencies, mixed.Rule);
    }

    [Fact]
    public void A_converting_report_uses_the_explicit_rate_table_and_the_fixed_rate_for_bgn_into_eur()
    {
        var table = new RateTable("EUR", new Dictionary<string, decimal> { ["GBP"] = 1.1650m });

        var gbp = table.RateFor("GBP")!;
        var bgn = table.RateFor("BGN")!;

        Assert.Equal(new AppliedRate("GBP", RateKind.Table, 1.1650m), gbp);
        Assert.Equal(new AppliedRate("BGN", RateKind.EuroChangeover, 1.95583m), bgn);
        Assert.Equal(RateKind.SameCurrency, table.RateFor("EUR")!.Kind);
        Assert.Null(table.RateFor("USD"));
        Assert.Equal(new MoneyAmount(116.50m, "EUR"), table.Convert(100m, gbp));
        Assert.Equal(new MoneyAmount(51.13m, "EUR"), table.Convert(100m, bgn));
    }
}
