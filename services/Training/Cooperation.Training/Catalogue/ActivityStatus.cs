namespace Cooperation.Training.Catalogue;

/// <summary>Where an activity stands in the catalogue. Numbers match the proto enum.</summary>
public enum ActivityStatus
{
    Draft = 1,
    Published = 2,
    Closed = 3,
}
