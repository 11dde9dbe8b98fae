namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// How long the programme keeps an official's personal data (¶7), in one place:
/// <list type="bullet">
/// <item>while the official holds a current membership of the working group, it is kept;</item>
/// <item>after the official's last membership ended, it is kept for
/// <see cref="MonthsAfterLastMembership"/> months (long enough to close that period's meetings,
/// action items and a statement review);</item>
/// <item>a designation that never became a membership is kept for
/// <see cref="MonthsAfterUnusedDesignation"/> months after the designation.</item>
/// </list>
/// On the day after <see cref="RetainedUntil"/> the service anonymises the official by itself.
/// </summary>
internal static class OfficialRetention
{
    public const int MonthsAfterLastMembership = 24;

    public const int MonthsAfterUnusedDesignation = 12;

    /// <summary>
    /// The last day the data is held, or null while the official is a current member (the date is
    /// not known until the membership ends).
    /// </summary>
    public static DateOnly? RetainedUntil(OfficialHolding holding)
    {
        ArgumentNullException.ThrowIfNull(holding);
        if (holding.HasCurrentMembership)
        {
            return null;
        }

        return holding.LastMembershipEndedOn is { } ended
            ? ended.AddMonths(MonthsAfterLastMembership)
            : holding.DesignatedOn.AddMonths(MonthsAfterUnusedDesignation);
    }

    /// <summary>Whether the data must be erased on <paramref name="today"/>.</summary>
    public static bool IsDue(OfficialHolding holding, DateOnly today) =>
        RetainedUntil(holding) is { } until && today > until;
}

/// <summary>What the retention rule needs to know about one official still held.</summary>
internal sealed record OfficialHolding(Guid OfficialId, DateOnly DesignatedOn, bool HasCurrentMembership, DateOnly? LastMembershipEndedOn);
