using Cooperation.BuildingBlocks.Domain;
using Google.Rpc;

namespace Cooperation.ServiceDefaults.Tests;

public sealed class UnstorableTextInterceptorTests
{
    private readonly UnstorableTextInterceptor _interceptor = new();

    private Task<string> Call(BadRequest request) =>
        _interceptor.UnaryServerHandler<BadRequest, string>(request, new FakeServerCallContext(default), (_, _) => Task.FromResult("handled"));

    [Fact]
    public async Task A_nul_anywhere_in_the_request_is_refused_naming_each_field()
    {
        var request = new BadRequest
        {
            FieldViolations =
            {
                new BadRequest.Types.FieldViolation { Field = "fine", Description = "fine" },
                new BadRequest.Types.FieldViolation { Field = "\0", Description = "nul\0inside" },
            },
        };

        var ex = await Assert.ThrowsAsync<ValidationFailedException>(() => Call(request));

        Assert.Equal(["field_violations[1].field", "field_violations[1].description"], ex.Violations.Select(v => v.Field));
        Assert.All(ex.Violations, v => Assert.Equal(UnstorableTextInterceptor.Description, v.Description));
    }

    [Fact]
    public async Task Text_without_a_nul_reaches_the_handler()
    {
        var request = new BadRequest
        {
            FieldViolations = { new BadRequest.Types.FieldViolation { Field = "ñ💥\r\n\t", Description = new string('x', 10_000) } },
        };

        Assert.Equal("handled", await Call(request));
    }
}
