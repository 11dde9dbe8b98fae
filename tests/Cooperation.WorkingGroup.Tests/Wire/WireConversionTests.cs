using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Google.Protobuf.WellKnownTypes;
using Google.Type;

namespace Cooperation.WorkingGroup.Tests.Wire;

/// <summary>The shared conversions of dates, instants and money, and how they check what callers send.</summary>
public sealed class WireConversionTests
{
    [Theory]
    [InlineData(2023, 11, 13)]
    [InlineData(2024, 2, 29)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void A_date_round_trips(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        var wire = WireDate.ToWire(date);

        Assert.Equal((year, month, day), (wire.Year, wire.Month, wire.Day));
        Assert.True(WireDate.TryFromWire(wire, out var back));
        Assert.Equal(date, back);
        Assert.Equal(date, wire.ToDateOnly());
    }

    [Fact]
    public void An_absent_date_is_an_absent_message()
    {
        Assert.Null(WireDate.ToWire((DateOnly?)null));
        Assert.Null(new Validator().OptionalDate(null, "from"));
    }

    [Theory]
    [InlineData(2023, 2, 30)]
    [InlineData(2023, 2, 29)]
    [InlineData(2024, 13, 1)]
    [InlineData(2024, 4, 31)]
    [InlineData(2024, 0, 10)]
    [InlineData(2024, 5, 0)]
    [InlineData(0, 5, 10)]
    [InlineData(10000, 1, 1)]
    [InlineData(2024, -1, 1)]
    public void A_date_that_does_not_exist_or_is_partial_is_refused_naming_the_field(int year, int month, int day)
    {
        var wire = new Date { Year = year, Month = month, Day = day };
        var required = new Validator();
        var optional = new Validator();

        required.RequireDate(wire, "held_on");
        Assert.Null(optional.OptionalDate(wire, "to"));

        Assert.False(WireDate.TryFromWire(wire, out _));
        Assert.Equal("held_on", Assert.Single(Assert.Throws<ValidationFailedException>(required.ThrowIfInvalid).Violations).Field);
        Assert.Equal("to", Assert.Single(Assert.Throws<ValidationFailedException>(optional.ThrowIfInvalid).Violations).Field);
        Assert.Throws<ArgumentException>(() => wire.ToDateOnly());
    }

    [Fact]
    public void A_missing_required_date_is_required()
    {
        var validator = new Validator();

        validator.RequireDate(null, "due_on");

        var violation = Assert.Single(Assert.Throws<ValidationFailedException>(validator.ThrowIfInvalid).Violations);
        Assert.Equal(("due_on", "is required"), (violation.Field, violation.Description));
    }

    [Fact]
    public void An_instant_round_trips_in_utc()
    {
        var instant = new DateTimeOffset(2024, 3, 1, 10, 30, 15, 123, TimeSpan.FromHours(2));

        var wire = WireInstant.ToWire(instant);

        Assert.True(WireInstant.TryFromWire(wire, out var back));
        Assert.Equal(instant, back);
        Assert.Equal(TimeSpan.Zero, back.Offset);
        Assert.Null(WireInstant.ToWire((DateTimeOffset?)null));
    }

    [Fact]
    public void An_instant_outside_the_protobuf_range_is_refused_naming_the_field()
    {
        var validator = new Validator();

        Assert.Null(validator.OptionalInstant(new Timestamp { Seconds = 0, Nanos = -1 }, "occurred_from"));
        Assert.Null(validator.OptionalInstant(new Timestamp { Seconds = long.MaxValue }, "occurred_to"));

        Assert.Equal(["occurred_from", "occurred_to"],
            Assert.Throws<ValidationFailedException>(validator.ThrowIfInvalid).Violations.Select(v => v.Field));
    }

    [Theory]
    [InlineData("1234.5", "EUR", 1234, 500_000_000)]
    [InlineData("-0.75", "GBP", 0, -750_000_000)]
    [InlineData("-12.000000001", "BGN", -12, -1)]
    [InlineData("0", "EUR", 0, 0)]
    public void Money_round_trips_through_units_and_nanos(string amount, string currency, long units, int nanos)
    {
        var value = new MoneyAmount(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency);

        var wire = WireMoney.ToWire(value);

        Assert.Equal((currency, units, nanos), (wire.CurrencyCode, wire.Units, wire.Nanos));
        Assert.True(WireMoney.TryFromWire(wire, out var back, out _));
        Assert.Equal(value, back);
        Assert.Equal(value, new Validator().RequireMoney(wire, "budget"));
    }

    [Theory]
    [InlineData("eur", 1, 0)]
    [InlineData("EURO", 1, 0)]
    [InlineData("", 1, 0)]
    [InlineData("EUR", 1, -5)]
    [InlineData("EUR", -1, 5)]
    [InlineData("EUR", 0, 1_000_000_000)]
    public void Money_with_a_bad_currency_or_mixed_signs_is_refused_naming_the_field(string currency, long units, int nanos)
    {
        var validator = new Validator();

        validator.RequireMoney(new Money { CurrencyCode = currency, Units = units, Nanos = nanos }, "budget");

        Assert.Equal("budget", Assert.Single(Assert.Throws<ValidationFailedException>(validator.ThrowIfInvalid).Violations).Field);
    }

    [Fact]
    public void Money_the_wire_cannot_carry_is_not_sent()
    {
        Assert.Throws<ArgumentException>(() => WireMoney.ToWire(1m, "Euro"));
        Assert.Throws<ArgumentOutOfRangeException>(() => WireMoney.ToWire(0.0000000001m, "EUR"));
    }
}
