namespace Cooperation.Training.Catalogue;

/// <summary>Levels of the Common European Framework of Reference for Languages, lowest first. Numbers match the proto enum.</summary>
public enum CefrLevel
{
    A1 = 1,
    A2 = 2,
    B1 = 3,
    B2 = 4,
    C1 = 5,
    C2 = 6,
}
