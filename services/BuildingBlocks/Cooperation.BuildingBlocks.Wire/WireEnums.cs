using System.Globalization;

namespace Cooperation.BuildingBlocks.Wire;

/// <summary>
/// Proto enums and their domain enums share their numbers; zero is the wire's UNSPECIFIED, which
/// no domain value has (a domain "Unspecified" member of 0 maps to it too).
/// </summary>
public static class WireEnums
{
    public static TWire ToWire<TDomain, TWire>(TDomain value)
        where TDomain : struct, System.Enum
        where TWire : struct, System.Enum =>
        (TWire)System.Enum.ToObject(typeof(TWire), Convert.ToInt32(value, CultureInfo.InvariantCulture));

    /// <summary>An absent domain value is UNSPECIFIED on the wire.</summary>
    public static TWire ToWire<TDomain, TWire>(TDomain? value)
        where TDomain : struct, System.Enum
        where TWire : struct, System.Enum =>
        value is { } known ? ToWire<TDomain, TWire>(known) : default;

    /// <summary>The domain value of a wire value: null for UNSPECIFIED and for a number the domain does not define.</summary>
    public static TDomain? FromWire<TWire, TDomain>(TWire value)
        where TWire : struct, System.Enum
        where TDomain : struct, System.Enum
    {
        var number = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        if (number == 0)
        {
            return null;
        }

        var domain = (TDomain)System.Enum.ToObject(typeof(TDomain), number);
        return System.Enum.IsDefined(domain) ? domain : null;
    }
}
