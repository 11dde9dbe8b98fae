using System.Reflection;
using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;
using AgenciesService = Cooperation.Contracts.WorkingGroup.V1.AgenciesService;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Reflection.V1;
using Microsoft.AspNetCore.Authorization;
using Xunit.Abstractions;

namespace Cooperation.WorkingGroup.Tests.Security;

/// <summary>
/// Walks every RPC the service serves, as its own reflection lists them, so a new RPC cannot be
/// forgotten: each must name a policy beside its handler, refuse a call without a token as
/// Unauthenticated, refuse a caller without an admitted role as PermissionDenied, and let a caller
/// with an admitted role through to the handler (which may still refuse the empty request).
/// </summary>
public sealed class RpcAccessMatrixTests(WorkingGroupServiceFactory factory, ITestOutputHelper output) : IClassFixture<WorkingGroupServiceFactory>
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    private readonly WorkingGroupServiceFactory _factory = factory;

    [Fact]
    public async Task Every_rpc_refuses_strangers_and_admits_its_policys_roles()
    {
        var rpcs = await ServedRpcsAsync();
        var checkedRpcs = 0;

        foreach (var rpc in rpcs)
        {
            var policy = PolicyOf(rpc);
            Assert.True(CooperationPolicies.RolesByPolicy.TryGetValue(policy, out var admitted),
                $"{rpc.FullName} names policy '{policy}', which admits no roles.");

            var anonymous = await CallAsync(_factory.AnonymousChannel, rpc);
            Assert.True(anonymous == StatusCode.Unauthenticated, $"{rpc.FullName} without a token answered {anonymous}.");

            var stranger = await CallAsync(_factory.ChannelFor(Persona("matrix-stranger", ["no_such_role"])), rpc);
            Assert.True(stranger == StatusCode.PermissionDenied, $"{rpc.FullName} for a caller with no admitted role answered {stranger}.");

            var admittedCaller = await CallAsync(_factory.ChannelFor(Persona("matrix-admitted", [.. admitted])), rpc);
            Assert.True(admittedCaller is not (StatusCode.Unauthenticated or StatusCode.PermissionDenied or StatusCode.Unimplemented),
                $"{rpc.FullName} for a caller in {string.Join(", ", admitted)} answered {admittedCaller}.");
            checkedRpcs++;
        }

        output.WriteLine($"Access matrix: {checkedRpcs} RPCs covered across {rpcs.Select(r => r.Service.FullName).Distinct().Count()} services.");
        Assert.Equal(rpcs.Count, checkedRpcs);
    }

    private static DevelopmentPersona Persona(string name, string[] roles) =>
        new(name, name, Participant.UK, DevelopmentPersonas.UkHomeOffice, roles);

    private async Task<IReadOnlyList<MethodDescriptor>> ServedRpcsAsync()
    {
        var reflection = new ServerReflection.ServerReflectionClient(_factory.AnonymousChannel);
        using var call = reflection.ServerReflectionInfo(deadline: DateTime.UtcNow.Add(CallTimeout));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var served = call.ResponseStream.Current.ListServicesResponse.Service
            .Select(s => s.Name)
            .Where(name => name.StartsWith("cooperation.", StringComparison.Ordinal))
            .ToList();

        var known = ContractServices().ToDictionary(d => d.FullName);
        var missing = served.Where(name => !known.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0, $"No contract descriptor for: {string.Join(", ", missing)}");
        return served.SelectMany(name => known[name].Methods).ToList();
    }

    private static IEnumerable<ServiceDescriptor> ContractServices() =>
        typeof(AgenciesService).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(ServiceDescriptor))
            .Select(p => (ServiceDescriptor)p!.GetValue(null)!);

    /// <summary>The policy that guards the handler implementing <paramref name="rpc"/>.</summary>
    private static string PolicyOf(MethodDescriptor rpc)
    {
        var handler = new[] { typeof(Program).Assembly, typeof(AuditTrail).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.BaseType?.DeclaringType is { } generated
                && generated.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is ServiceDescriptor d
                && d.FullName == rpc.Service.FullName)
            .Select(t => t.GetMethod(rpc.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SingleOrDefault(m => m is not null);
        Assert.True(handler is not null, $"{rpc.FullName} has no handler in the service.");
        // A policy on the handler wins; one on its class covers every handler without its own.
        var policy = handler!.GetCustomAttribute<AuthorizeAttribute>()?.Policy
            ?? handler.DeclaringType!.GetCustomAttribute<AuthorizeAttribute>()?.Policy;
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
                method, null, new CallOptions(deadline: DateTime.UtcNow.Add(CallTimeout)), rpc.InputType.Parser.ParseFrom(ByteString.Empty));
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

}
