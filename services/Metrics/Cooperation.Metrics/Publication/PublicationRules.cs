namespace Cooperation.Metrics.Publication;

/// <summary>The publication feature's rule ids, reported as the subject of a FailedPrecondition.</summary>
public static class PublicationRules
{
    /// <summary>¶1 "bilateral mechanisms for ... monitoring": a quarter with no figures has nothing to approve.</summary>
    public const string QuarterMustHaveFigures = "quarter-must-have-figures";

    /// <summary>An approval names the figures version the co-chair reviewed; figures changed since then must be reviewed again.</summary>
    public const string ApprovedFiguresMustBeCurrent = "approved-figures-must-be-current";
}
