namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>Best practice on multi-agency working a debrief found, published for both participants' agencies (¶4d "share expertise and best practice").</summary>
internal sealed record BestPracticeNote(Guid DebriefId, string OperationReference, string Title, string Text, Guid PublishedByAgencyId, DateTimeOffset PublishedAt)
{
    public const int MaxTitleLength = 200;

    public const int MaxTextLength = 4000;
}
