namespace Cooperation.WorkingGroup.Membership;

/// <summary>
/// The days a membership or co-chair term covers, as a half-open interval [start, end): it serves
/// from its first day up to, but not including, the day it ends; an open end serves on. A
/// replacement on day D ends the outgoing term at D and starts the incoming at D, so on D exactly
/// one of them serves. Every "who serves on this date" question is asked of this class, and the
/// database's exclusion constraints use the same daterange(started_on, ended_on, '[)').
/// </summary>
public readonly record struct TermInterval(DateOnly StartsOn, DateOnly? EndsOn)
{
    /// <summary>A term still running: nobody has ended it.</summary>
    public bool IsOpen => EndsOn is null;

    /// <summary>A term that ended on the day it started serves on no day at all.</summary>
    public bool IsEmpty => EndsOn is { } end && end <= StartsOn;

    /// <summary>True on every day from the start up to the day before the end.</summary>
    public bool Covers(DateOnly day) => day >= StartsOn && (EndsOn is not { } end || day < end);

    /// <summary>True when some day is covered by both terms.</summary>
    public bool Overlaps(TermInterval other) =>
        !IsEmpty && !other.IsEmpty && StartsOn < (other.EndsOn ?? DateOnly.MaxValue) && other.StartsOn < (EndsOn ?? DateOnly.MaxValue);

    /// <summary>The first day both terms cover; only meaningful when they overlap.</summary>
    public DateOnly FirstSharedDay(TermInterval other) => StartsOn > other.StartsOn ? StartsOn : other.StartsOn;

    /// <summary>The term ended on <paramref name="day"/>: <paramref name="day"/> itself is no longer served.</summary>
    public TermInterval EndOn(DateOnly day) => this with { EndsOn = day };
}
