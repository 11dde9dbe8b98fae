using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Agencies;

/// <summary>A public body of one participant, named in both languages of the statement.</summary>
internal sealed record Agency(
    Guid Id, Participant Participant, string NameEn, string NameBg, AgencyKind Kind, DateTimeOffset CreatedAt)
{
    public const int MaxNameLength = 200;
}
