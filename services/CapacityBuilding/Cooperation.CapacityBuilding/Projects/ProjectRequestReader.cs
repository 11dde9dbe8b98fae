using System.Text.RegularExpressions;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>Reads a CreateProjectRequest into a project in identification, naming every bad field at once.</summary>
internal static partial class ProjectRequestReader
{
    private const int MaxAreas = 20;
    private const int MaxAgencies = 50;

    public static Project Read(V1.CreateProjectRequest request, DateTimeOffset now)
    {
        var validator = new Validator();
        validator.RequireText(request.TitleEn, "title_en", 200);
        validator.RequireText(request.TitleBg, "title_bg", 200);
        validator.RequireText(request.DescriptionEn, "description_en", 4000);
        validator.RequireText(request.DescriptionBg, "description_bg", 4000);
        var type = validator.RequireEnum<V1.ProjectType, ProjectType>(request.Type, "type");

        validator.Require(request.StatementParagraphs.Count > 0, "statement_paragraphs", "must name at least one paragraph of the statement");
        var paragraphs = request.StatementParagraphs.Select(p => p.Trim().ToLowerInvariant()).ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            validator.Require(ParagraphPattern().IsMatch(paragraphs[i]), $"statement_paragraphs[{i}]", "must be a paragraph number with an optional letter, such as 4c");
        }

        validator.Require(paragraphs.Distinct().Count() == paragraphs.Count, "statement_paragraphs", "must not repeat a paragraph");

        validator.Require(request.CooperationAreas.Count is > 0 and <= MaxAreas, "cooperation_areas", $"must name between 1 and {MaxAreas} cooperation areas");
        var areas = new List<CooperationAreaTag>();
        for (var i = 0; i < request.CooperationAreas.Count; i++)
        {
            if (validator.RequireEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(request.CooperationAreas[i], $"cooperation_areas[{i}]") is { } area)
            {
                areas.Add(area);
            }
        }

        validator.Require(areas.Distinct().Count() == areas.Count, "cooperation_areas", "must not repeat an area");
        var lead = validator.RequireId(request.LeadAgencyId, "lead_agency_id");
        validator.Require(request.Agencies.Count <= MaxAgencies, "agencies", $"must have at most {MaxAgencies} agencies");
        var agencies = new List<ProjectAgency>();
        for (var i = 0; i < request.Agencies.Count; i++)
        {
            var agencyId = validator.RequireId(request.Agencies[i].AgencyId, $"agencies[{i}].agency_id");
            var role = validator.RequireEnum<V1.AgencyRole, AgencyRole>(request.Agencies[i].Role, $"agencies[{i}].role");
            validator.Require(agencyId == Guid.Empty || agencyId != lead, $"agencies[{i}].agency_id", "must not be the lead agency");
            if (agencyId != Guid.Empty && role is { } known)
            {
                agencies.Add(new ProjectAgency(agencyId, known));
            }
        }

        validator.Require(agencies.Select(a => a.AgencyId).Distinct().Count() == agencies.Count, "agencies", "must not name an agency twice");
        var plannedStart = validator.OptionalDate(request.PlannedStart, "planned_start");
        var plannedEnd = validator.OptionalDate(request.PlannedEnd, "planned_end");
        validator.Require(plannedStart is null || plannedEnd is null || plannedEnd >= plannedStart, "planned_end", "must be on or after planned_start");
        validator.ThrowIfInvalid();

        return new Project(
            Guid.NewGuid(), new BilingualText(request.TitleEn.Trim(), request.TitleBg.Trim()),
            new BilingualText(request.DescriptionEn.Trim(), request.DescriptionBg.Trim()), type!.Value, paragraphs, areas, lead, agencies,
            ProjectStatus.Identification, plannedStart, plannedEnd, now);
    }

    [GeneratedRegex("^[1-9][0-9]?[a-z]?$")]
    private static partial Regex ParagraphPattern();
}
