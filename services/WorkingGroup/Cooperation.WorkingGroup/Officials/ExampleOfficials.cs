using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.Agencies;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>Plainly fictional officials for local runs; no real person's data is ever seeded.</summary>
internal static class ExampleOfficials
{
    private const string Purpose = "Fictional example for local development; not a real person.";

    public static IReadOnlyList<Official> All(DateTimeOffset designatedAt) =>
    [
        new(new Guid("0ff1c1a1-0000-4000-8000-000000000001"), ReferenceAgencies.HomeOffice, Participant.UK,
            "Example Official (UK co-chair)", "Co-chair", "uk.co-chair@example.org", null, Purpose, designatedAt, LegalBasis.PublicTask),
        new(new Guid("0ff1c1a1-0000-4000-8000-000000000002"), ReferenceAgencies.MinistryOfInterior, Participant.BG,
            "Example Official (BG co-chair)", "Co-chair", "bg.co-chair@example.org", null, Purpose, designatedAt, LegalBasis.PublicTask),
        new(new Guid("0ff1c1a1-0000-4000-8000-000000000003"), ReferenceAgencies.HomeOffice, Participant.UK,
            "Example Official (UK member)", "Policy adviser", "uk.member@example.org", null, Purpose, designatedAt, LegalBasis.PublicTask),
        new(new Guid("0ff1c1a1-0000-4000-8000-000000000004"), ReferenceAgencies.MinistryOfInterior, Participant.BG,
            "Example Official (BG member)", "Senior inspector", "bg.member@example.org", null, Purpose, designatedAt, LegalBasis.PublicTask),
    ];
}
