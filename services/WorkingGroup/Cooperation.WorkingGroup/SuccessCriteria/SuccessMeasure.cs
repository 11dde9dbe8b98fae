namespace Cooperation.WorkingGroup.SuccessCriteria;

/// <summary>A measure of one success criterion; the metrics service keeps it as an indicator.</summary>
internal sealed record SuccessMeasure(
    Guid Id, Guid CriterionId, MeasureDefinition Definition, DateTimeOffset DefinedAt, DateTimeOffset UpdatedAt);
