using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Tests.Wire;

/// <summary>The paging convention of every List RPC (AIP-158).</summary>
public sealed class PageRequestTests
{
    [Theory]
    [InlineData(0, PageRequest.DefaultSize)]
    [InlineData(1, 1)]
    [InlineData(PageRequest.MaxSize, PageRequest.MaxSize)]
    [InlineData(PageRequest.MaxSize + 1, PageRequest.MaxSize)]
    [InlineData(int.MaxValue, PageRequest.MaxSize)]
    public void Page_size_zero_is_the_default_and_above_the_maximum_is_the_maximum(int pageSize, int expected)
    {
        var validator = new Validator();

        var page = PageRequest.Parse(pageSize, null, validator);

        Assert.True(validator.IsValid);
        Assert.Equal(new PageRequest(0, expected), page);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void A_negative_page_size_is_refused_naming_page_size(int pageSize)
    {
        var validator = new Validator();

        PageRequest.Parse(pageSize, null, validator);

        Assert.Equal("page_size", Assert.Single(Assert.Throws<ValidationFailedException>(validator.ThrowIfInvalid).Violations).Field);
    }

    [Fact]
    public void The_next_page_token_resumes_after_the_page_and_is_empty_after_the_last()
    {
        var first = PageRequest.Parse(2, null, new Validator());

        var token = first.NextPageToken(returned: 2);
        var second = PageRequest.Parse(2, token, new Validator());

        Assert.Equal(new PageRequest(2, 2), second);
        Assert.Empty(second.NextPageToken(returned: 1));
    }

    [Fact]
    public void A_token_the_service_did_not_issue_is_refused_naming_page_token()
    {
        var validator = new Validator();

        PageRequest.Parse(10, "garbage!", validator);

        Assert.Equal("page_token", Assert.Single(Assert.Throws<ValidationFailedException>(validator.ThrowIfInvalid).Violations).Field);
    }
}
