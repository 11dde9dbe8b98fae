using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Cooperation.ServiceDefaults.Tests;

/// <summary>
/// The gRPC methods are bound once, by the suite's binder: the framework's own binder is gone even
/// though JSON transcoding registers gRPC again, and transcoding's HTTP routes stay.
/// </summary>
public sealed class MethodBinderTests
{
    [Fact]
    public void Only_the_suites_binder_and_transcoding_bind_the_methods()
    {
        var builder = WebApplication.CreateBuilder();

        builder.AddGrpcServiceDefaults();

        var providers = builder.Services
            .Where(service => service.ServiceType == typeof(IServiceMethodProvider<>))
            .Select(service => service.ImplementationType?.Name)
            .ToList();
        Assert.DoesNotContain("BinderServiceMethodProvider`1", providers);
        Assert.Single(providers, name => name == "MalformedRequestServiceMethodProvider`1");
        Assert.Contains(providers, name => name?.Contains("JsonTranscoding", StringComparison.Ordinal) == true);
    }
}
