namespace Cooperation.BuildingBlocks.Domain;

/// <summary>One offending field of a request, named as the caller wrote it (for example "agenda[2].title").</summary>
public sealed record FieldViolation(string Field, string Description);
