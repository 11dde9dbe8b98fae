namespace Cooperation.WorkingGroup.SuccessCriteria;

/// <summary>A measure of one success criterion; the metrics service keeps it as an indicator.</summary>
internal sealed record SuccessMeasure(
    Guid Id, Guid CriterionId, MeasureDefinition Definition, DateTimeOffset DefinedAt, DateTimeOffset UpdatedAt)
{
    public static SuccessMeasure Define(Guid criterionId, MeasureDefinition definition, DateTimeOffset now) =>
        new(Guid.NewGuid(), criterionId, definition, now, now);

    /// <summary>The same measure, of the same criterion and defined when it was, counting something new from now on.</summary>
    public SuccessMeasure Redefine(MeasureDefinition definition, DateTimeOffset now) =>
        this with { Definition = definition, UpdatedAt = now };
}
