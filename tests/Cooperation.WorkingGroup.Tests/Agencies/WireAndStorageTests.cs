using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.CooperationAreas;
using Cooperation.WorkingGroup.Membership;
using Cooperation.WorkingGroup.Reviews;
using Cooperation.WorkingGroup.SuccessCriteria;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Agencies;

public sealed class WireAndStorageTests
{
    [Fact]
    public void Enums_are_stored_as_lower_snake_case_and_read_back()
    {
        Assert.Equal("co_chair", StoredEnums.ToStored(MembershipRole.CoChair));
        Assert.Equal("financial_intelligence", StoredEnums.ToStored(AgencyKind.FinancialIntelligence));
        Assert.Equal("half_yearly", StoredEnums.ToStored(MeasurePeriod.HalfYearly));
        foreach (var tag in Enum.GetValues<CooperationAreaTag>())
        {
            Assert.Equal(tag, StoredEnums.FromStored<CooperationAreaTag>(StoredEnums.ToStored(tag)));
        }
    }

    [Fact]
    public void An_unknown_proto_enum_number_is_a_field_violation()
    {
        var validator = new Validator();

        var kind = validator.OptionalEnum<V1.AgencyKind, AgencyKind>((V1.AgencyKind)99, "kind");

        Assert.Null(kind);
        Assert.False(validator.IsValid);
    }
}
