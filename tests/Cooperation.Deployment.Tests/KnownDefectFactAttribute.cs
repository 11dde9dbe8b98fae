namespace Cooperation.Deployment.Tests;

/// <summary>
/// A drill that has found a defect not yet fixed: skipped in the suite, with the defect as the
/// reason, so the suite stays a signal; <c>COOPERATION_RUN_KNOWN_DEFECTS=1</c> runs it.
/// </summary>
public sealed class KnownDefectFactAttribute : FactAttribute
{
    public const string RunVariable = "COOPERATION_RUN_KNOWN_DEFECTS";

    public KnownDefectFactAttribute(string defect)
    {
        if (Environment.GetEnvironmentVariable(RunVariable) != "1")
        {
            Skip = $"Known defect: {defect} ({RunVariable}=1 runs it)";
        }
    }
}
