using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Establishment;

namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>
/// The days a review looks back on (¶8 "regular review"): by default from the day after the latest
/// review (or from signing, before the first) up to today.
/// </summary>
internal sealed record ReviewPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>The period asked for; each bound that is absent takes its default. Impossible bounds are named on their field.</summary>
    public static ReviewPeriod? From(DateOnly? start, DateOnly? end, DateOnly? lastReviewedOn, DateOnly today, Validator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var first = start ?? Min(lastReviewedOn?.AddDays(1) ?? JointStatement.SignedOn, end ?? today);
        var last = end ?? today;
        validator.Require(first >= JointStatement.SignedOn, "period_start",
            $"must not be before the statement was signed on {JointStatement.SignedOn:yyyy-MM-dd}");
        validator.Require(last <= today, "period_end", $"must not be after today ({today:yyyy-MM-dd})");
        validator.Require(last >= first, "period_end", "must not be before period_start");
        return validator.IsValid ? new ReviewPeriod(first, last) : null;
    }

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
