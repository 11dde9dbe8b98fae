using Cooperation.BuildingBlocks.Domain;
using Cooperation.WorkingGroup.CooperationAreas;

namespace Cooperation.WorkingGroup.Tests.CooperationAreas;

public sealed class CooperationAreaTests
{
    private static readonly DateTimeOffset Now = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_cooperation_area_needs_at_least_one_tag()
    {
        var ex = Assert.Throws<ValidationFailedException>(() => CooperationArea.Identify("Illicit finance", "…", [], Now));
        Assert.Equal("tags", Assert.Single(ex.Violations).Field);
    }

    [Fact]
    public void Repeated_tags_count_once()
    {
        var area = CooperationArea.Identify("Illicit finance", "Cash couriers and hawala",
            [CooperationAreaTag.IllicitCash, CooperationAreaTag.AlternativeBanking, CooperationAreaTag.IllicitCash], Now);

        Assert.Equal([CooperationAreaTag.AlternativeBanking, CooperationAreaTag.IllicitCash], area.Tags);
    }
}
