namespace Cooperation.Training.Exchanges;

/// <summary>The two agencies of an exchange. Numbers match the proto enum.</summary>
public enum ExchangeSide
{
    Guest = 1,
    Host = 2,
}
