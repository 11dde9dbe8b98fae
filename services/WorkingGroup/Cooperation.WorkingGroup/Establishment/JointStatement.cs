namespace Cooperation.WorkingGroup.Establishment;

/// <summary>Facts of the joint statement itself that the working group's rules count from.</summary>
internal static class JointStatement
{
    /// <summary>Signed at Kapitan Andreevo; cooperation commences on signature (¶8).</summary>
    public static readonly DateOnly SignedOn = new(2023, 11, 13);
}
