using System.Text.RegularExpressions;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Catalogue;

/// <summary>Reads a CreateActivityRequest into a draft, naming every bad field at once.</summary>
internal static partial class ActivityRequestReader
{
    private const int MaxTags = 20;
    private const int MaxCompetencies = 20;
    private const int MaxValidityMonths = 120;

    public static Activity Read(V1.CreateActivityRequest request, DateTimeOffset now)
    {
        var validator = new Validator();
        validator.RequireText(request.Code, "code", 32);
        validator.Require(string.IsNullOrWhiteSpace(request.Code) || CodePattern().IsMatch(request.Code.Trim()), "code",
            "must be letters, digits, '-', '_' or '.'");
        var kind = validator.RequireEnum<V1.ActivityKind, ActivityKind>(request.Kind, "kind");
        validator.RequireText(request.TitleEn, "title_en", 200);
        validator.RequireText(request.TitleBg, "title_bg", 200);
        validator.RequireText(request.DescriptionEn, "description_en", 4000);
        validator.RequireText(request.DescriptionBg, "description_bg", 4000);

        validator.Require(request.Themes.Count is > 0 and <= MaxTags, "themes", $"must name between 1 and {MaxTags} cooperation areas");
        var themes = new List<CooperationAreaTag>();
        for (var i = 0; i < request.Themes.Count; i++)
        {
            if (validator.RequireEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(request.Themes[i], $"themes[{i}]") is { } tag)
            {
                themes.Add(tag);
            }
        }

        validator.Require(themes.Distinct().Count() == themes.Count, "themes", "must not repeat an area");
        validator.Require(request.Competencies.Count <= MaxCompetencies, "competencies", $"must have at most {MaxCompetencies} competencies");
        for (var i = 0; i < request.Competencies.Count; i++)
        {
            validator.RequireText(request.Competencies[i], $"competencies[{i}]", 200);
        }

        validator.RequireText(request.TargetGroup, "target_group", 500);
        validator.Require(request.Languages.Count > 0, "languages", "must name at least one language");
        var languages = request.Languages.Select(l => l.Trim().ToLowerInvariant()).ToList();
        for (var i = 0; i < languages.Count; i++)
        {
            validator.Require(LanguagePattern().IsMatch(languages[i]), $"languages[{i}]", "must be an ISO 639-1 code of two letters");
        }

        validator.Require(languages.Distinct().Count() == languages.Count, "languages", "must not repeat a language");
        var owner = validator.RequireId(request.OwnerAgencyId, "owner_agency_id");
        validator.Require(request.CompletionPercent is >= 0 and <= 100, "completion_percent", "must be between 0 (every session) and 100");
        var eligibility = EligibilityReader.Read(validator, request.Eligibility);
        validator.Require(request.CertificateValidityMonths is >= 0 and <= MaxValidityMonths, "certificate_validity_months",
            $"must be between 0 (no expiry) and {MaxValidityMonths}");
        validator.ThrowIfInvalid();

        return new Activity(
            Guid.NewGuid(), request.Code.Trim(), kind!.Value,
            new BilingualText(request.TitleEn.Trim(), request.TitleBg.Trim()),
            new BilingualText(request.DescriptionEn.Trim(), request.DescriptionBg.Trim()),
            themes, request.Competencies.Select(c => c.Trim()).ToList(), request.TargetGroup.Trim(),
            languages, owner, ActivityStatus.Draft, now, completionPercent: request.CompletionPercent == 0 ? 100 : request.CompletionPercent,
            eligibility: eligibility, hasAssessment: request.HasAssessment, certificateValidityMonths: request.CertificateValidityMonths);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();
}
