using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.WorkingGroup.Establishment;
using Google.Type;

namespace Cooperation.WorkingGroup.Membership;

/// <summary>
/// The dates a roster request may carry to record history: absent is today; a date after today is
/// not a fact yet, and nothing of the programme happened before the statement was signed.
/// </summary>
internal static class TermDates
{
    public static DateOnly OnOrToday(this Validator validator, Date? value, string field, DateOnly today) =>
        validator.Optional(value, field, today) ?? today;

    /// <summary>An optional date of the programme's history: null when absent.</summary>
    public static DateOnly? Optional(this Validator validator, Date? value, string field, DateOnly today)
    {
        var date = validator.OptionalDate(value, field);
        validator.Require(date is null || date <= today, field, $"must not be after today ({today:yyyy-MM-dd})");
        validator.Require(date is null || date >= JointStatement.SignedOn, field,
            $"must not be before the statement was signed ({JointStatement.SignedOn:yyyy-MM-dd})");
        return date;
    }
}
