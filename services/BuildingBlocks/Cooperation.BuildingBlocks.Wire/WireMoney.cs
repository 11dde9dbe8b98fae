using Google.Type;

namespace Cooperation.BuildingBlocks.Wire;

/// <summary>
/// Amounts travel as <see cref="Money"/>: an ISO 4217 currency code with whole units and nano
/// units (10^-9) of the same sign. Amounts finer than a nano unit cannot be sent.
/// </summary>
public static class WireMoney
{
    private const decimal NanosPerUnit = 1_000_000_000m;

    /// <summary>The wire form of <paramref name="amount"/>; throws for a currency code that is not three capital letters or an amount finer than a nano unit.</summary>
    public static Money ToWire(MoneyAmount amount)
    {
        if (!IsCurrencyCode(amount.CurrencyCode))
        {
            throw new ArgumentException($"'{amount.CurrencyCode}' is not an ISO 4217 currency code.", nameof(amount));
        }

        var units = decimal.Truncate(amount.Amount);
        var nanos = (amount.Amount - units) * NanosPerUnit;
        if (nanos != decimal.Truncate(nanos) || units is < long.MinValue or > long.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount.Amount, "The amount does not fit units and nanos.");
        }

        return new Money { CurrencyCode = amount.CurrencyCode, Units = (long)units, Nanos = (int)nanos };
    }

    public static Money ToWire(decimal amount, string currencyCode) => ToWire(new MoneyAmount(amount, currencyCode));

    /// <summary>
    /// Reads an amount, or says what is wrong with it: a currency code that is not three capital
    /// letters, nanos out of range, or units and nanos of different signs.
    /// </summary>
    public static bool TryFromWire(Money? money, out MoneyAmount amount, out string problem)
    {
        amount = default;
        if (money is null)
        {
            problem = "is required";
            return false;
        }

        if (!IsCurrencyCode(money.CurrencyCode))
        {
            problem = "must have an ISO 4217 currency code of three capital letters, such as EUR";
            return false;
        }

        if (money.Nanos is < -999_999_999 or > 999_999_999)
        {
            problem = "must have nanos between -999,999,999 and 999,999,999";
            return false;
        }

        if ((money.Units > 0 && money.Nanos < 0) || (money.Units < 0 && money.Nanos > 0))
        {
            problem = "must have units and nanos of the same sign";
            return false;
        }

        problem = string.Empty;
        amount = new MoneyAmount(money.Units + (money.Nanos / NanosPerUnit), money.CurrencyCode);
        return true;
    }

    private static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);
}
