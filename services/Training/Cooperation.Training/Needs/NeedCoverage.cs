namespace Cooperation.Training.Needs;

/// <summary>
/// How much of a need is met: the distinct officials of the need's agency who completed an activity
/// linked to it, capped at the headcount (training more than asked covers the need, not more of it).
/// <see cref="TrainingNeedRepository"/> computes the same figure in SQL (<c>LEAST(headcount, …)</c>).
/// </summary>
public static class NeedCoverage
{
    public static int Of(int trainedOfficials, int headcount) => Math.Clamp(trainedOfficials, 0, headcount);

    public static bool IsCovered(int coveredCount, int headcount) => coveredCount >= headcount;
}
