using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Google.Protobuf.Collections;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>Reads and validates a <see cref="V1.RecordDebriefRequest"/> into a draft, naming every bad field.</summary>
internal static class DebriefRequest
{
    public static DebriefDraft Read(V1.RecordDebriefRequest request)
    {
        var validator = new Validator();
        var reference = request.OperationReference?.Trim() ?? "";
        validator.Require(OperationReference.IsValid(reference), "operation_reference", $"must be {OperationReference.Format}; never operational content");
        var operationDate = validator.RequireDate(request.OperationDate, "operation_date");

        validator.Require(request.AgencyIds.Count > 0, "agency_ids", "is required: at least one BG and one UK agency");
        validator.Require(request.AgencyIds.Count <= Debrief.MaxListItems, "agency_ids", $"must list at most {Debrief.MaxListItems} agencies");
        var agencyIds = request.AgencyIds.Select((id, i) => validator.RequireId(id, $"agency_ids[{i}]")).Distinct().ToList();

        var strengths = TextList(validator, request.Strengths, "strengths");
        var improvements = TextList(validator, request.AreasForImprovement, "areas_for_improvement");
        var lessons = TextList(validator, request.MultiAgencyLessons, "multi_agency_lessons");
        var channels = request.Channels
            .Select((c, i) => validator.RequireEnum<V1.SharingChannel, SharingChannel>(c, $"channels[{i}]"))
            .OfType<SharingChannel>().Distinct().ToList();

        validator.Require(request.CorrectiveActions.Count <= Debrief.MaxListItems, "corrective_actions", $"must list at most {Debrief.MaxListItems} actions");
        var actions = request.CorrectiveActions.Select((a, i) =>
        {
            var field = $"corrective_actions[{i}]";
            validator.RequireText(a.Description, $"{field}.description", CorrectiveAction.MaxDescriptionLength);
            var owner = validator.RequireId(a.OwnerAgencyId, $"{field}.owner_agency_id");
            var official = validator.RequireId(a.OwnerOfficialId, $"{field}.owner_official_id");
            var due = validator.RequireDate(a.DueOn, $"{field}.due_on");
            validator.Require(due == default || operationDate == default || due >= operationDate, $"{field}.due_on", "must not be before operation_date");
            return new CorrectiveActionDraft(a.Description?.Trim() ?? "", owner, official, due);
        }).ToList();
        validator.ThrowIfInvalid();

        return new DebriefDraft(reference, operationDate, agencyIds, strengths, improvements, lessons, channels, actions);
    }

    private static List<string> TextList(Validator validator, RepeatedField<string> items, string field)
    {
        validator.Require(items.Count <= Debrief.MaxListItems, field, $"must list at most {Debrief.MaxListItems} items");
        for (var i = 0; i < items.Count; i++)
        {
            validator.RequireText(items[i], $"{field}[{i}]", Debrief.MaxItemLength);
        }

        return items.Select(s => s.Trim()).ToList();
    }
}
