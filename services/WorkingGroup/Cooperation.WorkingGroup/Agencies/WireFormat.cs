using System.Globalization;
using Cooperation.BuildingBlocks.Domain;
using Google.Protobuf.WellKnownTypes;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Agencies;

/// <summary>
/// How domain values travel on the wire: dates as "yyyy-MM-dd", instants as Timestamps, and
/// proto enums whose numbers match the domain enum's (zero is always "unspecified").
/// </summary>
internal static class WireFormat
{
    public static string ToWire(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ToWire(DateOnly? date) => date is { } value ? ToWire(value) : string.Empty;

    public static Timestamp ToWire(DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    public static V1.Participant ToWire(Participant participant) => (V1.Participant)(int)participant;

    public static TWire ToWireEnum<TDomain, TWire>(TDomain value)
        where TDomain : struct, System.Enum
        where TWire : struct, System.Enum =>
        (TWire)System.Enum.ToObject(typeof(TWire), Convert.ToInt32(value, CultureInfo.InvariantCulture));

    /// <summary>
    /// Reads a proto enum: unspecified is null (a violation when <paramref name="required"/>), and a
    /// number the domain does not know is always a violation.
    /// </summary>
    public static TDomain? FromWireEnum<TWire, TDomain>(TWire value, Validator validator, string field, bool required)
        where TWire : struct, System.Enum
        where TDomain : struct, System.Enum
    {
        var number = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        if (number == 0)
        {
            validator.Require(!required, field, "is required");
            return null;
        }

        var domain = (TDomain)System.Enum.ToObject(typeof(TDomain), number);
        if (!System.Enum.IsDefined(domain))
        {
            validator.Add(field, "is not a known value");
            return null;
        }

        return domain;
    }

    public static Participant? FromWire(V1.Participant participant, Validator validator, string field, bool required) =>
        FromWireEnum<V1.Participant, Participant>(participant, validator, field, required);

    /// <summary>An optional UUID field: empty is null, anything else must be a UUID.</summary>
    public static Guid? OptionalId(string? value, Validator validator, string field) =>
        string.IsNullOrEmpty(value) ? null : validator.RequireId(value, field);

    /// <summary>Today's date by the service's clock, in UTC.</summary>
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
