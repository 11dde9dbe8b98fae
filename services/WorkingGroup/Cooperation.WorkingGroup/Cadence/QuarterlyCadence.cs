using Cooperation.WorkingGroup.Establishment;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>
/// ¶6 "the working group will meet at least quarterly": every calendar quarter from establishment
/// on must have a held meeting. The quarter of establishment counts from the establishment date,
/// so a meeting before the group existed does not count. A quarter closes when its last day is
/// over (quarters and days are UTC, the programme's clock).
/// </summary>
public sealed class QuarterlyCadence
{
    private readonly DateOnly[] _heldOn;

    public QuarterlyCadence(DateOnly establishedOn, IEnumerable<DateOnly> heldOn)
    {
        ArgumentNullException.ThrowIfNull(heldOn);
        EstablishedOn = establishedOn;
        _heldOn = heldOn.Where(d => d >= establishedOn).Order().ToArray();
    }

    public DateOnly EstablishedOn { get; }

    /// <summary>The cadence of a group established on <paramref name="establishedOn"/>; there is none before establishment.</summary>
    public static QuarterlyCadence Since(DateOnly? establishedOn, IEnumerable<DateOnly> heldOn) =>
        establishedOn is { } established
            ? new QuarterlyCadence(established, heldOn)
            : throw new RuleViolationException(EstablishmentRules.WorkingGroupMustBeEstablished,
                "The working group has not been established yet; its cadence starts at establishment.");

    /// <summary>Every quarter from the one of establishment to the one containing <paramref name="today"/>, oldest first.</summary>
    public IReadOnlyList<QuarterCompliance> Quarters(DateOnly today)
    {
        var quarters = new List<QuarterCompliance>();
        var current = CalendarQuarter.Of(today);
        for (var quarter = CalendarQuarter.Of(EstablishedOn); quarter.Start <= current.Start; quarter = quarter.Next)
        {
            quarters.Add(Compliance(quarter, today));
        }

        return quarters;
    }

    public QuarterCompliance CurrentQuarter(DateOnly today) => Compliance(CalendarQuarter.Of(Max(today, EstablishedOn)), today);

    /// <summary>The end of the first quarter from <paramref name="today"/> on that has no held meeting.</summary>
    public DateOnly NextDueOn(DateOnly today)
    {
        var quarter = CalendarQuarter.Of(Max(today, EstablishedOn));
        while (MeetingsHeldIn(quarter) > 0)
        {
            quarter = quarter.Next;
        }

        return quarter.End;
    }

    /// <summary>The closed quarters (ended before <paramref name="today"/>) without a held meeting.</summary>
    public IReadOnlyList<CalendarQuarter> BreachedQuarters(DateOnly today) =>
        Quarters(today).Where(q => q.State == QuarterState.Breached).Select(q => q.Quarter).ToList();

    private QuarterCompliance Compliance(CalendarQuarter quarter, DateOnly today)
    {
        var held = MeetingsHeldIn(quarter);
        var state = held > 0 ? QuarterState.Met : quarter.End < today ? QuarterState.Breached : QuarterState.Due;
        return new QuarterCompliance(quarter, Max(quarter.Start, EstablishedOn), held, state);
    }

    private int MeetingsHeldIn(CalendarQuarter quarter) => _heldOn.Count(quarter.Contains);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
