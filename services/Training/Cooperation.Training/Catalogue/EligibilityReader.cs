using System.Text.RegularExpressions;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Catalogue;

/// <summary>Reads an activity's eligibility and a nominee's languages from the wire, naming every bad field.</summary>
internal static partial class EligibilityReader
{
    public const int MaxYearsOfExperience = 60;
    private const int MaxRequiredLanguages = 10;
    private const int MaxAdmittedAgencies = 50;

    /// <summary>The eligibility under <c>eligibility.*</c>; an absent one admits everyone.</summary>
    public static ActivityEligibility Read(Validator validator, V1.Eligibility? wire)
    {
        if (wire is null)
        {
            return ActivityEligibility.Everyone;
        }

        validator.Require(wire.MinimumYearsOfExperience is >= 0 and <= MaxYearsOfExperience, "eligibility.minimum_years_of_experience",
            $"must be between 0 and {MaxYearsOfExperience}");
        validator.Require(wire.Languages.Count <= MaxRequiredLanguages, "eligibility.languages", $"must have at most {MaxRequiredLanguages} languages");
        var languages = ReadLanguages(validator, wire.Languages, "eligibility.languages");
        var participants = new List<Participant>();
        for (var i = 0; i < wire.AdmittedParticipants.Count; i++)
        {
            if (validator.RequireEnum<TypeV1.Participant, Participant>(wire.AdmittedParticipants[i], $"eligibility.admitted_participants[{i}]") is { } p)
            {
                participants.Add(p);
            }
        }

        validator.Require(participants.Distinct().Count() == participants.Count, "eligibility.admitted_participants", "must not repeat a participant");
        validator.Require(wire.AdmittedAgencyIds.Count <= MaxAdmittedAgencies, "eligibility.admitted_agency_ids",
            $"must have at most {MaxAdmittedAgencies} agencies");
        var agencies = wire.AdmittedAgencyIds.Select((id, i) => validator.RequireId(id, $"eligibility.admitted_agency_ids[{i}]")).ToList();
        validator.Require(agencies.Distinct().Count() == agencies.Count, "eligibility.admitted_agency_ids", "must not repeat an agency");
        return new ActivityEligibility(wire.MinimumYearsOfExperience, languages, participants, agencies, wire.NewToProgrammePreferred);
    }

    /// <summary>Languages at a level under <paramref name="field"/>[i]; no language twice.</summary>
    public static IReadOnlyList<LanguageProficiency> ReadLanguages(Validator validator, IList<V1.LanguageProficiency> wire, string field)
    {
        var languages = new List<LanguageProficiency>();
        for (var i = 0; i < wire.Count; i++)
        {
            var language = (wire[i].Language ?? string.Empty).Trim().ToLowerInvariant();
            validator.Require(LanguagePattern().IsMatch(language), $"{field}[{i}].language", "must be an ISO 639-1 code of two letters");
            if (validator.RequireEnum<V1.CefrLevel, CefrLevel>(wire[i].Level, $"{field}[{i}].level") is { } level)
            {
                languages.Add(new LanguageProficiency(language, level));
            }
        }

        validator.Require(languages.Select(l => l.Language).Distinct().Count() == languages.Count, field, "must not repeat a language");
        return languages;
    }

    public static V1.Eligibility ToWire(ActivityEligibility eligibility)
    {
        var wire = new V1.Eligibility
        {
            MinimumYearsOfExperience = eligibility.MinimumYearsOfExperience,
            NewToProgrammePreferred = eligibility.NewToProgrammePreferred,
        };
        wire.Languages.AddRange(eligibility.Languages.Select(l => new V1.LanguageProficiency
        {
            Language = l.Language, Level = WireEnums.ToWire<CefrLevel, V1.CefrLevel>(l.Level),
        }));
        wire.AdmittedParticipants.AddRange(eligibility.AdmittedParticipants.Select(p => WireParticipant.ToWire(p)));
        wire.AdmittedAgencyIds.AddRange(eligibility.AdmittedAgencyIds.Select(a => a.ToString()));
        return wire;
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
