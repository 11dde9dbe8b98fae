using Cooperation.Contracts.Audit.V1;
using Cooperation.Security.Tests.Infrastructure;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1;

namespace Cooperation.Security.Tests;

/// <summary>What a client sees when ASP.NET Core's authorization refuses a gRPC call, and what stays open.</summary>
public sealed class AuthorizationOnGrpcTests : IAsyncLifetime
{
    private SecuredGrpcHost _host = null!;

    private AuditService.AuditServiceClient Audit => new(_host.Channel);

    public async Task InitializeAsync() => _host = await SecuredGrpcHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_call_without_a_token_is_Unauthenticated()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest()));

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
        Assert.Equal("The call needs a valid bearer token.", ex.Status.Detail);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_Unauthenticated()
    {
        var forged = Cooperation.BuildingBlocks.Security.Development.DevelopmentTokenIssuer
            .Create("Development", Cooperation.BuildingBlocks.Security.Development.DevelopmentSigningKey.Generate())
            .Mint("auditor");

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), SecuredGrpcHost.Bearer(forged)));

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_Unauthenticated()
    {
        var longAgo = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-2));
        var expired = TestKeys.Issuer(longAgo).Mint("auditor", TimeSpan.FromHours(1));

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), SecuredGrpcHost.Bearer(expired)));

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    [Theory]
    [InlineData("analyst")]
    [InlineData("bg-border-police-coordinator")]
    [InlineData("service-working-group")]
    public async Task A_caller_without_an_admitted_role_is_PermissionDenied(string persona)
    {
        var token = TestKeys.Issuer().Mint(persona);

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), SecuredGrpcHost.Bearer(token)));

        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("uk-co-chair")]
    public async Task A_caller_with_an_admitted_role_is_answered(string persona)
    {
        var token = TestKeys.Issuer().Mint(persona);

        var response = await Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), SecuredGrpcHost.Bearer(token));

        Assert.True(response.Intact);
    }

    [Fact]
    public async Task A_caller_error_behind_the_policy_is_still_InvalidArgument()
    {
        var token = TestKeys.Issuer().Mint("auditor");

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await Audit.ListAuditRecordsAsync(
            new ListAuditRecordsRequest { AgencyId = "not-a-uuid" }, SecuredGrpcHost.Bearer(token)));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
    }

    [Theory]
    [InlineData("participant", "FR", "The token's participant claim must be BG or UK.")]
    [InlineData("agency_id", "border-police", "The token's agency_id claim must be a UUID.")]
    [InlineData("sub", "", "The token names no subject.")]
    public async Task A_signed_token_with_a_bad_claim_is_Unauthenticated_on_a_read_naming_the_claim(string claim, string value, string message)
    {
        // Auditor: the audit read does not look at participant or agency itself; the claims are still checked.
        var claims = new List<(string, string)> { ("sub", "dev:claims-test"), ("role", "auditor") };
        claims.RemoveAll(c => c.Item1 == claim);
        if (value.Length > 0)
        {
            claims.Add((claim, value));
        }

        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await Audit.VerifyAuditTrailAsync(new VerifyAuditTrailRequest(), SecuredGrpcHost.Bearer(TestKeys.MintWithClaims([.. claims]))));

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
        Assert.Equal(message, ex.Status.Detail);
    }

    [Fact]
    public async Task Health_answers_without_a_token()
    {
        var response = await new Health.HealthClient(_host.Channel).CheckAsync(new HealthCheckRequest());

        // Answered, not refused; the status is Unknown until the first health report is published.
        Assert.Contains(response.Status, new[] { HealthCheckResponse.Types.ServingStatus.Serving, HealthCheckResponse.Types.ServingStatus.Unknown });
    }

    [Fact]
    public async Task Reflection_answers_without_a_token()
    {
        using var call = new ServerReflection.ServerReflectionClient(_host.Channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Contains(call.ResponseStream.Current.ListServicesResponse.Service, s => s.Name == "cooperation.audit.v1.AuditService");
    }
}
