namespace Cooperation.WorkingGroup.Cadence;

public enum QuarterState
{
    /// <summary>At least one meeting was held in the quarter.</summary>
    Met = 1,

    /// <summary>The quarter closed without a held meeting.</summary>
    Breached = 2,

    /// <summary>The current quarter, with no meeting held in it yet.</summary>
    Due = 3,
}
