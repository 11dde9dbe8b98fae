namespace Cooperation.Metrics.Indicators;

/// <summary>A calendar quarter, the period every observation is kept under.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public static Quarter Of(DateTimeOffset instant) => Of(DateOnly.FromDateTime(instant.UtcDateTime));
}
