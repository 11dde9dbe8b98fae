using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Catalogue;

/// <summary>
/// What a nomination states of an official, as much as eligibility needs and no more (¶7): the
/// agency and participant nominating them, their years of experience and their languages.
/// </summary>
public sealed record Nominee(Guid OfficialId, Guid AgencyId, Participant Participant, int YearsOfExperience, IReadOnlyList<LanguageProficiency> Languages);
