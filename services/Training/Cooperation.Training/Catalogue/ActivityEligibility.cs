using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Catalogue;

/// <summary>
/// Who may be nominated for an activity's events: the fewest years of experience, the languages
/// needed (every one, at its level or above), the participants and agencies admitted (an empty
/// list admits everyone), and whether officials new to the programme go first on a wait-list
/// (a preference, never a refusal: see <c>SignUp/WaitList</c>). Each refusal names its rule and why.
/// </summary>
public sealed record ActivityEligibility(
    int MinimumYearsOfExperience,
    IReadOnlyList<LanguageProficiency> Languages,
    IReadOnlyList<Participant> AdmittedParticipants,
    IReadOnlyList<Guid> AdmittedAgencyIds,
    bool NewToProgrammePreferred)
{
    /// <summary>Admits every official, with no preference.</summary>
    public static ActivityEligibility Everyone { get; } = new(0, [], [], [], false);

    /// <summary>Refuses a nominee the activity does not admit, with the first rule they fail.</summary>
    public void EnsureAdmits(Nominee nominee)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        if (AdmittedParticipants.Count > 0 && !AdmittedParticipants.Contains(nominee.Participant))
        {
            throw new RuleViolationException(EligibilityRules.ParticipantAdmitted,
                $"Admits officials of {string.Join(", ", AdmittedParticipants)}; official {nominee.OfficialId} is of {nominee.Participant}.");
        }

        if (AdmittedAgencyIds.Count > 0 && !AdmittedAgencyIds.Contains(nominee.AgencyId))
        {
            throw new RuleViolationException(EligibilityRules.AgencyAdmitted,
                $"Admits officials of {AdmittedAgencyIds.Count} named agencies; agency {nominee.AgencyId} is not one of them.");
        }

        if (nominee.YearsOfExperience < MinimumYearsOfExperience)
        {
            throw new RuleViolationException(EligibilityRules.YearsOfExperience,
                $"Needs {MinimumYearsOfExperience} years of experience, has {nominee.YearsOfExperience}.");
        }

        foreach (var needed in Languages)
        {
            var spoken = nominee.Languages.FirstOrDefault(l => l.Language == needed.Language);
            if (spoken is null || spoken.Level < needed.Level)
            {
                throw new RuleViolationException(EligibilityRules.LanguageLevel,
                    $"Needs '{needed.Language}' at {needed.Level}, has {(spoken is null ? "none" : spoken.Level.ToString())}.");
            }
        }
    }
}
