using Cooperation.BuildingBlocks.Domain;
using Google.Protobuf.WellKnownTypes;
using Google.Type;
using WireParticipantEnum = Cooperation.Contracts.Type.V1.Participant;

namespace Cooperation.BuildingBlocks.Wire;

/// <summary>
/// Reads request fields of the shared wire types, recording each violation under the field's name
/// so the caller gets one INVALID_ARGUMENT (google.rpc.BadRequest) naming every bad field.
/// </summary>
public static class WireValidation
{
    private const string DateProblem = "must be a calendar date with year (1-9999), month (1-12) and a day that exists in that month";

    /// <summary>A required date: absent, partial or impossible dates are violations.</summary>
    public static DateOnly RequireDate(this Validator validator, Date? value, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (value is null)
        {
            validator.Add(field, "is required");
            return default;
        }

        if (!WireDate.TryFromWire(value, out var date))
        {
            validator.Add(field, DateProblem);
        }

        return date;
    }

    /// <summary>An optional date: absent is null; a present one must be a full, real date.</summary>
    public static DateOnly? OptionalDate(this Validator validator, Date? value, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (value is null)
        {
            return null;
        }

        if (WireDate.TryFromWire(value, out var date))
        {
            return date;
        }

        validator.Add(field, DateProblem);
        return null;
    }

    /// <summary>An optional instant: absent is null; a present one must be in protobuf's range.</summary>
    public static DateTimeOffset? OptionalInstant(this Validator validator, Timestamp? value, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (value is null)
        {
            return null;
        }

        if (WireInstant.TryFromWire(value, out var instant))
        {
            return instant;
        }

        validator.Add(field, "must be a timestamp between 0001-01-01 and 9999-12-31 with nanos from 0 to 999,999,999");
        return null;
    }

    /// <summary>A required amount of money in an ISO 4217 currency.</summary>
    public static MoneyAmount RequireMoney(this Validator validator, Money? value, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (!WireMoney.TryFromWire(value, out var amount, out var problem))
        {
            validator.Add(field, problem);
        }

        return amount;
    }

    /// <summary>A required enum: UNSPECIFIED is "is required", a number the domain does not know "is not a known value".</summary>
    public static TDomain? RequireEnum<TWire, TDomain>(this Validator validator, TWire value, string field)
        where TWire : struct, System.Enum
        where TDomain : struct, System.Enum =>
        ReadEnum<TWire, TDomain>(validator, value, field, required: true);

    /// <summary>An optional enum (a filter): UNSPECIFIED is null, a number the domain does not know a violation.</summary>
    public static TDomain? OptionalEnum<TWire, TDomain>(this Validator validator, TWire value, string field)
        where TWire : struct, System.Enum
        where TDomain : struct, System.Enum =>
        ReadEnum<TWire, TDomain>(validator, value, field, required: false);

    public static Participant? RequireParticipant(this Validator validator, WireParticipantEnum value, string field) =>
        validator.RequireEnum<WireParticipantEnum, Participant>(value, field);

    public static Participant? OptionalParticipant(this Validator validator, WireParticipantEnum value, string field) =>
        validator.OptionalEnum<WireParticipantEnum, Participant>(value, field);

    /// <summary>An optional UUID field: empty is null, anything else must be a UUID.</summary>
    public static Guid? OptionalId(this Validator validator, string? value, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        return string.IsNullOrEmpty(value) ? null : validator.RequireId(value, field);
    }

    private static TDomain? ReadEnum<TWire, TDomain>(Validator validator, TWire value, string field, bool required)
        where TWire : struct, System.Enum
        where TDomain : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            validator.Require(!required, field, "is required");
            return null;
        }

        var domain = WireEnums.FromWire<TWire, TDomain>(value);
        if (domain is null)
        {
            validator.Add(field, "is not a known value");
        }

        return domain;
    }
}
