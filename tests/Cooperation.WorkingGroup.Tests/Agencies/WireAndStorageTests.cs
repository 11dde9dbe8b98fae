using Cooperation.BuildingBlocks.Domain;
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
    public void Every_proto_enum_value_has_the_domain_value_of_the_same_number_and_name()
    {
        AssertAligned<V1.Participant, Participant>();
        AssertAligned<V1.AgencyKind, AgencyKind>();
        AssertAligned<V1.MembershipRole, MembershipRole>();
        AssertAligned<V1.CooperationAreaTag, CooperationAreaTag>();
        AssertAligned<V1.MeasureDirection, MeasureDirection>();
        AssertAligned<V1.MeasurePeriod, MeasurePeriod>();
        AssertAligned<V1.ReviewOutcome, ReviewOutcome>();
    }

    [Fact]
    public void Enums_are_stored_as_lower_snake_case_and_read_back()
    {
        Assert.Equal("co_chair", StoredEnum.ToStored(MembershipRole.CoChair));
        Assert.Equal("financial_intelligence", StoredEnum.ToStored(AgencyKind.FinancialIntelligence));
        Assert.Equal("half_yearly", StoredEnum.ToStored(MeasurePeriod.HalfYearly));
        foreach (var tag in Enum.GetValues<CooperationAreaTag>())
        {
            Assert.Equal(tag, StoredEnum.FromStored<CooperationAreaTag>(StoredEnum.ToStored(tag)));
        }
    }

    [Fact]
    public void An_unknown_proto_enum_number_is_a_field_violation()
    {
        var validator = new Validator();

        var kind = WireFormat.FromWireEnum<V1.AgencyKind, AgencyKind>((V1.AgencyKind)99, validator, "kind", required: false);

        Assert.Null(kind);
        Assert.False(validator.IsValid);
    }

    private static void AssertAligned<TWire, TDomain>()
        where TWire : struct, Enum
        where TDomain : struct, Enum
    {
        var wireValues = Enum.GetValues<TWire>().Where(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) != 0).ToList();
        Assert.Equal(wireValues.Count, Enum.GetValues<TDomain>().Length);
        foreach (var wire in wireValues)
        {
            var domain = (TDomain)Enum.ToObject(typeof(TDomain), Convert.ToInt32(wire, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(Enum.IsDefined(domain), $"{typeof(TDomain).Name} has no value for {wire}");
            Assert.Equal(wire.ToString(), domain.ToString(), ignoreCase: true);
        }
    }
}
