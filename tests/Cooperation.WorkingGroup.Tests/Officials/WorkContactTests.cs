using Cooperation.WorkingGroup.Officials;

namespace Cooperation.WorkingGroup.Tests.Officials;

public sealed class WorkContactTests
{
    [Theory]
    [InlineData("jane.doe@homeoffice.gov.uk")]
    [InlineData("i.petrov@mvr.bg")]
    public void A_work_email_is_a_plain_address_at_a_domain(string email) => Assert.True(WorkContact.IsWorkEmail(email));

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData("jane@localhost")]
    [InlineData("Jane Doe <jane@agency.example>")]
    [InlineData("jane @agency.example")]
    [InlineData("a@b.example,c@d.example")]
    public void A_work_email_without_a_proper_domain_or_with_extras_is_refused(string email) =>
        Assert.False(WorkContact.IsWorkEmail(email));

    [Theory]
    [InlineData("+359 2 982 5000", true)]
    [InlineData("+44 (0)20 7035 4848", true)]
    [InlineData("12345", false)]
    [InlineData("+44 20 CALL NOW", false)]
    [InlineData("+1234567890123456", false)]
    public void A_work_phone_has_6_to_15_digits(string phone, bool valid) => Assert.Equal(valid, WorkContact.IsWorkPhone(phone));
}
