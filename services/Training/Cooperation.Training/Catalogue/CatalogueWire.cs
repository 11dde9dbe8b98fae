using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Catalogue;

/// <summary>Activities to their wire form.</summary>
internal static class CatalogueWire
{
    public static V1.Activity ToWire(Activity activity)
    {
        var wire = new V1.Activity
        {
            Id = activity.Id.ToString(),
            Code = activity.Code,
            Kind = WireEnums.ToWire<ActivityKind, V1.ActivityKind>(activity.Kind),
            TitleEn = activity.Title.En,
            TitleBg = activity.Title.Bg,
            DescriptionEn = activity.Description.En,
            DescriptionBg = activity.Description.Bg,
            TargetGroup = activity.TargetGroup,
            OwnerAgencyId = activity.OwnerAgencyId.ToString(),
            CompletionPercent = activity.CompletionPercent,
            Status = WireEnums.ToWire<ActivityStatus, V1.ActivityStatus>(activity.Status),
            CreatedAt = WireInstant.ToWire(activity.CreatedAt),
            PublishedAt = WireInstant.ToWire(activity.PublishedAt),
            ClosedAt = WireInstant.ToWire(activity.ClosedAt),
            Eligibility = EligibilityReader.ToWire(activity.Eligibility),
            HasAssessment = activity.HasAssessment,
            CertificateValidityMonths = activity.CertificateValidityMonths,
        };
        wire.Themes.AddRange(activity.Themes.Select(WireEnums.ToWire<CooperationAreaTag, TypeV1.CooperationAreaTag>));
        wire.Competencies.AddRange(activity.Competencies);
        wire.Languages.AddRange(activity.Languages);
        return wire;
    }
}
