using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security.Development;

namespace Cooperation.WorkingGroup.Agencies;

/// <summary>
/// Public bodies of both participants that plausibly take part, with the names they are commonly
/// given in English and Bulgarian. Fixed ids make seeding idempotent and let local tools refer to
/// them; the agencies the development personas belong to carry the personas' agency ids, so a
/// development token's agency is a real agency on a local run.
/// </summary>
internal static class ReferenceAgencies
{
    public static readonly Guid HomeOffice = DevelopmentPersonas.UkHomeOffice;
    public static readonly Guid NationalCrimeAgency = DevelopmentPersonas.UkNationalCrimeAgency;
    public static readonly Guid BorderForce = DevelopmentPersonas.UkBorderForce;
    public static readonly Guid MinistryOfInterior = DevelopmentPersonas.BgMinistryOfInterior;
    public static readonly Guid BorderPolice = DevelopmentPersonas.BgBorderPolice;

    public static IReadOnlyList<Agency> All(DateTimeOffset createdAt) =>
    [
        new(HomeOffice, Participant.UK, "Home Office",
            "Министерство на вътрешните работи на Обединеното кралство", AgencyKind.Ministry, createdAt),
        new(NationalCrimeAgency, Participant.UK, "National Crime Agency",
            "Национална агенция за борба с престъпността", AgencyKind.Police, createdAt),
        new(BorderForce, Participant.UK, "Border Force",
            "Гранични сили", AgencyKind.Border, createdAt),
        new(new Guid("6a0c0001-0000-4000-8000-000000000004"), Participant.UK, "Immigration Enforcement",
            "Имиграционен контрол", AgencyKind.ImmigrationEnforcement, createdAt),
        new(new Guid("6a0c0001-0000-4000-8000-000000000005"), Participant.UK, "Crown Prosecution Service",
            "Кралска прокурорска служба", AgencyKind.Prosecution, createdAt),
        new(new Guid("6a0c0001-0000-4000-8000-000000000006"), Participant.UK, "HM Revenue & Customs",
            "Данъчна и митническа служба на Негово Величество", AgencyKind.CustomsAndRevenue, createdAt),
        new(MinistryOfInterior, Participant.BG, "Ministry of Interior",
            "Министерство на вътрешните работи", AgencyKind.Ministry, createdAt),
        new(BorderPolice, Participant.BG, "Border Police",
            "Главна дирекция „Гранична полиция“", AgencyKind.Border, createdAt),
        new(new Guid("6a0c0002-0000-4000-8000-000000000003"), Participant.BG, "General Directorate Combating Organised Crime",
            "Главна дирекция „Борба с организираната престъпност“", AgencyKind.Police, createdAt),
        new(new Guid("6a0c0002-0000-4000-8000-000000000004"), Participant.BG, "Migration Directorate",
            "Дирекция „Миграция“", AgencyKind.Migration, createdAt),
        new(new Guid("6a0c0002-0000-4000-8000-000000000005"), Participant.BG, "State Agency for National Security",
            "Държавна агенция „Национална сигурност“", AgencyKind.Security, createdAt),
        new(new Guid("6a0c0002-0000-4000-8000-000000000006"), Participant.BG, "Prosecutor's Office",
            "Прокуратура на Република България", AgencyKind.Prosecution, createdAt),
    ];
}
