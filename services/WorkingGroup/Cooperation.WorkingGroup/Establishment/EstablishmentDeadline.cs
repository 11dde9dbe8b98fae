using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Establishment;

/// <summary>
/// ¶5: the participants establish the working group "within a month of signing". Signed on
/// 13 November 2023, it is due by 13 December 2023; establishment on that day is still on time.
/// </summary>
internal static class EstablishmentDeadline
{
    public static DateOnly DueBy { get; } = JointStatement.SignedOn.AddMonths(1);

    /// <summary>Checks an establishment date against the deadline, refusing dates that cannot be true.</summary>
    public static EstablishmentAssessment Assess(DateOnly establishedOn, DateOnly today)
    {
        if (establishedOn < JointStatement.SignedOn)
        {
            throw new RuleViolationException(EstablishmentRules.NotBeforeSigning,
                $"The working group cannot be established before the statement was signed on {JointStatement.SignedOn:yyyy-MM-dd}.");
        }

        if (establishedOn > today)
        {
            throw new RuleViolationException(EstablishmentRules.NotInFuture,
                $"An establishment date after today ({today:yyyy-MM-dd}) cannot be recorded.");
        }

        return Evaluate(establishedOn);
    }

    /// <summary>On time or late by how many days, for a date already accepted.</summary>
    public static EstablishmentAssessment Evaluate(DateOnly establishedOn)
    {
        var daysLate = Math.Max(0, establishedOn.DayNumber - DueBy.DayNumber);
        return new EstablishmentAssessment(establishedOn, DueBy, daysLate == 0, daysLate);
    }

    /// <summary>How many days the still-unestablished group is overdue on <paramref name="today"/>.</summary>
    public static int DaysOverdue(DateOnly today) => Math.Max(0, today.DayNumber - DueBy.DayNumber);
}
