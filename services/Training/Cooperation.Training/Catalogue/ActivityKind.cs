namespace Cooperation.Training.Catalogue;

/// <summary>The forms a training or development opportunity takes (¶4b). Numbers match the proto enum.</summary>
public enum ActivityKind
{
    Course = 1,
    Seminar = 2,
    Webinar = 3,
    StudyVisit = 4,
    PersonnelExchange = 5,
    ExpertExchange = 6,
}
