using System.Reflection;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Metrics.Tests.Infrastructure;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Observations;

/// <summary>
/// Every RPC of the indicators, observations and information-sharing services names a policy of
/// the suite beside its handler, refuses a call without a token as Unauthenticated and a caller
/// with no admitted role as PermissionDenied, and lets an admitted caller reach its handler.
/// </summary>
public sealed class RpcAccessMatrixTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private static readonly ServiceDescriptor[] Services =
        [V1.IndicatorsService.Descriptor, V1.ObservationsService.Descriptor, V1.InformationSharingService.Descriptor];

    [Fact]
    public async Task Every_rpc_refuses_strangers_and_admits_its_policys_roles()
    {
        var rpcs = Services.SelectMany(s => s.Methods).ToList();
        foreach (var rpc in rpcs)
        {
            var policy = PolicyOf(rpc);
            Assert.True(CooperationPolicies.RolesByPolicy.TryGetValue(policy, out var admitted), $"{rpc.FullName} names policy '{policy}', which admits no roles.");

            Assert.Equal(StatusCode.Unauthenticated, await CallAsync(factory.AnonymousChannel, rpc));
            Assert.Equal(StatusCode.PermissionDenied, await CallAsync(factory.ChannelFor(Persona("matrix-stranger", ["no_such_role"])), rpc));
            var status = await CallAsync(factory.ChannelFor(Persona("matrix-admitted", [.. admitted])), rpc);
            Assert.True(status is not (StatusCode.Unauthenticated or StatusCode.PermissionDenied or StatusCode.Unimplemented),
                $"{rpc.FullName} for a caller in {string.Join(", ", admitted)} answered {status}.");
        }

        Assert.Equal(12, rpcs.Count);
    }

    private static DevelopmentPersona Persona(string name, string[] roles) =>
        new(name, name, Participant.UK, DevelopmentPersonas.UkHomeOffice, roles);

    private static string PolicyOf(MethodDescriptor rpc)
    {
        var handler = typeof(Program).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType?.DeclaringType is { } generated
                && generated.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is ServiceDescriptor d
                && d.FullName == rpc.Service.FullName)
            .Select(t => t.GetMethod(rpc.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SingleOrDefault(m => m is not null);
        Assert.True(handler is not null, $"{rpc.FullName} has no handler in the service.");
        var policy = handler!.GetCustomAttribute<AuthorizeAttribute>()?.Policy;
        Assert.True(!string.IsNullOrEmpty(policy), $"{rpc.FullName} names no policy beside its handler.");
        return policy!;
    }

    private static async Task<StatusCode> CallAsync(Grpc.Net.Client.GrpcChannel channel, MethodDescriptor rpc)
    {
        var method = new Method<IMessage, IMessage>(
            MethodType.Unary, rpc.Service.FullName, rpc.Name,
            Marshallers.Create<IMessage>(m => m.ToByteArray(), rpc.InputType.Parser.ParseFrom),
            Marshallers.Create<IMessage>(m => m.ToByteArray(), rpc.OutputType.Parser.ParseFrom));
        try
        {
            await channel.CreateCallInvoker().AsyncUnaryCall(
                method, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(10)), rpc.InputType.Parser.ParseFrom(ByteString.Empty));
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }
}
