using Cooperation.WorkingGroup.Officials;

namespace Cooperation.WorkingGroup.Tests.PersonalData;

public sealed class OfficialRetentionTests
{
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly DateOnly Designated = new(2023, 11, 13);

    [Fact]
    public void A_current_member_is_kept_with_no_end_date() =>
        Assert.Null(OfficialRetention.RetainedUntil(new OfficialHolding(Id, Designated, true, new DateOnly(2024, 1, 1))));

    [Fact]
    public void After_the_last_membership_the_data_is_kept_for_the_stated_months()
    {
        var holding = new OfficialHolding(Id, Designated, false, new DateOnly(2024, 3, 31));

        Assert.Equal(new DateOnly(2024, 3, 31).AddMonths(OfficialRetention.MonthsAfterLastMembership), OfficialRetention.RetainedUntil(holding));
        Assert.False(OfficialRetention.IsDue(holding, new DateOnly(2026, 3, 31)));
        Assert.True(OfficialRetention.IsDue(holding, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void A_designation_that_never_became_a_membership_expires_after_its_own_period()
    {
        var holding = new OfficialHolding(Id, Designated, false, null);

        Assert.Equal(new DateOnly(2024, 11, 13), OfficialRetention.RetainedUntil(holding));
        Assert.False(OfficialRetention.IsDue(holding, new DateOnly(2024, 11, 13)));
        Assert.True(OfficialRetention.IsDue(holding, new DateOnly(2024, 11, 14)));
    }
}
