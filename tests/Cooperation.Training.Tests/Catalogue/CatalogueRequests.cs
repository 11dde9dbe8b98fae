using Cooperation.BuildingBlocks.Security.Development;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Tests.Catalogue;

/// <summary>Well-formed catalogue requests; each test changes what it is about.</summary>
public static class CatalogueRequests
{
    /// <summary>A valid activity of the UK National Crime Agency with a code no other test uses.</summary>
    public static V1.CreateActivityRequest NewActivity(Guid? ownerAgencyId = null)
    {
        var request = new V1.CreateActivityRequest
        {
            Code = "BM-" + Guid.NewGuid().ToString("N")[..12],
            Kind = V1.ActivityKind.Course,
            TitleEn = "Detecting forged travel documents",
            TitleBg = "Разкриване на подправени документи за пътуване",
            DescriptionEn = "Hands-on document examination at the border crossing point.",
            DescriptionBg = "Практическа проверка на документи на граничния пункт.",
            TargetGroup = "First-line border officers",
            OwnerAgencyId = (ownerAgencyId ?? DevelopmentPersonas.UkNationalCrimeAgency).ToString(),
        };
        request.Themes.Add(TypeV1.CooperationAreaTag.BorderSecurity);
        request.Themes.Add(TypeV1.CooperationAreaTag.DetectionAndInvestigation);
        request.Competencies.Add("Document examination");
        request.Languages.Add("en");
        request.Languages.Add("bg");
        return request;
    }
}
