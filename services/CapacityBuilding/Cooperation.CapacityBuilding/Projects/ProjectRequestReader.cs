using System.Text.RegularExpressions;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Google.Protobuf.Collections;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>Reads a CreateProjectRequest or an UpdateProjectRequest, naming every bad field at once.</summary>
internal static partial class ProjectRequestReader
{
    private const int MaxAreas = 20;
    private const int MaxAgencies = 50;

    public static Project Read(V1.CreateProjectRequest request, DateTimeOffset now)
    {
        var validator = new Validator();
        var details = ReadDetails(validator, new DetailFields(
            request.TitleEn, request.TitleBg, request.DescriptionEn, request.DescriptionBg, request.Type,
            request.StatementParagraphs, request.CooperationAreas, request.PlannedStart, request.PlannedEnd));
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
        validator.ThrowIfInvalid();

        return new Project(
            Guid.NewGuid(), details!.Title, details.Description, details.Type, details.StatementParagraphs, details.CooperationAreas,
            lead, agencies, ProjectStatus.Identification, details.PlannedStart, details.PlannedEnd, now);
    }

    /// <summary>The id, the version read and the new details of an update; InvalidArgument naming every bad field.</summary>
    public static (Guid Id, long Version, ProjectDetails Details) Read(V1.UpdateProjectRequest request)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ProjectId, "project_id");
        validator.Require(request.Version > 0, "version", "is required: the version the caller read");
        var details = ReadDetails(validator, new DetailFields(
            request.TitleEn, request.TitleBg, request.DescriptionEn, request.DescriptionBg, request.Type,
            request.StatementParagraphs, request.CooperationAreas, request.PlannedStart, request.PlannedEnd));
        validator.ThrowIfInvalid();
        return (id, request.Version, details!);
    }

    /// <summary>The details both requests carry, under the same field names; null when one is bad (the validator names it).</summary>
    private static ProjectDetails? ReadDetails(Validator validator, DetailFields fields)
    {
        validator.RequireText(fields.TitleEn, "title_en", 200);
        validator.RequireText(fields.TitleBg, "title_bg", 200);
        validator.RequireText(fields.DescriptionEn, "description_en", 4000);
        validator.RequireText(fields.DescriptionBg, "description_bg", 4000);
        var type = validator.RequireEnum<V1.ProjectType, ProjectType>(fields.Type, "type");

        validator.Require(fields.StatementParagraphs.Count > 0, "statement_paragraphs", "must name at least one paragraph of the statement");
        var paragraphs = fields.StatementParagraphs.Select(p => p.Trim().ToLowerInvariant()).ToList();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            validator.Require(ParagraphPattern().IsMatch(paragraphs[i]), $"statement_paragraphs[{i}]", "must be a paragraph number with an optional letter, such as 4c");
        }

        validator.Require(paragraphs.Distinct().Count() == paragraphs.Count, "statement_paragraphs", "must not repeat a paragraph");

        validator.Require(fields.CooperationAreas.Count is > 0 and <= MaxAreas, "cooperation_areas", $"must name between 1 and {MaxAreas} cooperation areas");
        var areas = new List<CooperationAreaTag>();
        for (var i = 0; i < fields.CooperationAreas.Count; i++)
        {
            if (validator.RequireEnum<TypeV1.CooperationAreaTag, CooperationAreaTag>(fields.CooperationAreas[i], $"cooperation_areas[{i}]") is { } area)
            {
                areas.Add(area);
            }
        }

        validator.Require(areas.Distinct().Count() == areas.Count, "cooperation_areas", "must not repeat an area");
        var plannedStart = validator.OptionalDate(fields.PlannedStart, "planned_start");
        var plannedEnd = validator.OptionalDate(fields.PlannedEnd, "planned_end");
        validator.Require(plannedStart is null || plannedEnd is null || plannedEnd >= plannedStart, "planned_end", "must be on or after planned_start");
        return type is { } known
            ? new ProjectDetails(
                new BilingualText(fields.TitleEn.Trim(), fields.TitleBg.Trim()), new BilingualText(fields.DescriptionEn.Trim(), fields.DescriptionBg.Trim()),
                known, paragraphs, areas, plannedStart, plannedEnd)
            : null;
    }

    [GeneratedRegex("^[1-9][0-9]?[a-z]?$")]
    private static partial Regex ParagraphPattern();

    private sealed record DetailFields(
        string TitleEn, string TitleBg, string DescriptionEn, string DescriptionBg, V1.ProjectType Type,
        RepeatedField<string> StatementParagraphs, RepeatedField<TypeV1.CooperationAreaTag> CooperationAreas,
        Google.Type.Date? PlannedStart, Google.Type.Date? PlannedEnd);
}
