namespace Cooperation.Training.Catalogue;

/// <summary>Stable names of the eligibility rules (one per kind), reported as the subject of a FailedPrecondition.</summary>
public static class EligibilityRules
{
    /// <summary>¶4b, as CEPOL's exchanges ask: an official has at least the activity's years of professional experience.</summary>
    public const string YearsOfExperience = "eligibility-years-of-experience";

    /// <summary>¶4b: an official speaks every language the activity needs, at its CEFR level or above.</summary>
    public const string LanguageLevel = "eligibility-language-level";

    /// <summary>¶4b: an activity may be open to the officials of one participant only.</summary>
    public const string ParticipantAdmitted = "eligibility-participant-admitted";

    /// <summary>¶4b "strengthen contacts between their respective … agencies": an activity may be open to named agencies only.</summary>
    public const string AgencyAdmitted = "eligibility-agency-admitted";
}
