namespace Cooperation.WorkingGroup.Cadence;

/// <summary>The ids of the cadence rules.</summary>
public static class CadenceRules
{
    /// <summary>
    /// ¶6 "the working group will meet at least quarterly" (<see cref="QuarterlyCadence"/>). It refuses
    /// nothing: a quarter that closes without a held meeting is a breach, announced once as
    /// MeetingCadenceBreached and named in the breach's audit record.
    /// </summary>
    public const string MeetAtLeastQuarterly = "meet-at-least-quarterly";
}
