using System.Reflection;
using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Reflection.V1;
using Microsoft.AspNetCore.Authorization;
using Xunit;
using Xunit.Abstractions;

namespace Cooperation.Testing;

/// <summary>
/// Walks every RPC a service serves, as its own reflection lists them, so a new RPC cannot be
/// forgotten: each must name a policy beside its handler, refuse a call without a token as
/// Unauthenticated, refuse a caller without an admitted role as PermissionDenied, and let a caller
/// with an admitted role through to the handler (which may still refuse the empty request). A
/// handler marked <c>[AllowAnonymous]</c> names no policy and must let a call without a token through.
/// Each service's tests derive this once with their factory, an <see cref="InProcessServiceFactory{TEntryPoint}"/>.
/// </summary>
public abstract class RpcAccessMatrixTests<TFactory>(TFactory factory, ITestOutputHelper output) : IClassFixture<TFactory>
    where TFactory : class, IServiceHost
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Every_rpc_refuses_strangers_and_admits_its_policys_roles()
    {
        var rpcs = await ServedRpcsAsync();
        var checkedRpcs = 0;

        foreach (var (rpc, handler) in rpcs)
        {
            var anonymous = await CallAsync(factory.AnonymousChannel, rpc);
            if (handler.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
            {
                Assert.True(anonymous is not (StatusCode.Unauthenticated or StatusCode.PermissionDenied or StatusCode.Unimplemented),
                    $"{rpc.FullName} is [AllowAnonymous] but without a token answered {anonymous}.");
                checkedRpcs++;
                continue;
            }

            var policy = PolicyOf(rpc, handler);
            Assert.True(CooperationPolicies.RolesByPolicy.TryGetValue(policy, out var admitted),
                $"{rpc.FullName} names policy '{policy}', which admits no roles.");
            Assert.True(anonymous == StatusCode.Unauthenticated, $"{rpc.FullName} without a token answered {anonymous}.");

            var stranger = await CallAsync(factory.ChannelFor(Persona("matrix-stranger", ["no_such_role"])), rpc);
            Assert.True(stranger == StatusCode.PermissionDenied, $"{rpc.FullName} for a caller with no admitted role answered {stranger}.");

            var admittedCaller = await CallAsync(factory.ChannelFor(Persona("matrix-admitted", [.. admitted])), rpc);
            Assert.True(admittedCaller is not (StatusCode.Unauthenticated or StatusCode.PermissionDenied or StatusCode.Unimplemented),
                $"{rpc.FullName} for a caller in {string.Join(", ", admitted)} answered {admittedCaller}.");
            checkedRpcs++;
        }

        output.WriteLine($"Access matrix: {checkedRpcs} RPCs covered across {rpcs.Select(r => r.Rpc.Service.FullName).Distinct().Count()} services.");
        Assert.Equal(rpcs.Count, checkedRpcs);
    }

    private static DevelopmentPersona Persona(string name, string[] roles) =>
        new(name, name, Participant.UK, DevelopmentPersonas.UkHomeOffice, roles);

    private async Task<IReadOnlyList<(MethodDescriptor Rpc, MethodInfo Handler)>> ServedRpcsAsync()
    {
        var reflection = new ServerReflection.ServerReflectionClient(factory.AnonymousChannel);
        using var call = reflection.ServerReflectionInfo(deadline: DateTime.UtcNow.Add(CallTimeout));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var served = call.ResponseStream.Current.ListServicesResponse.Service
            .Select(s => s.Name)
            .Where(name => name.StartsWith("cooperation.", StringComparison.Ordinal))
            .ToList();

        var implementations = HandlerTypes().ToLookup(t => t.Descriptor.FullName);
        var missing = served.Where(name => !implementations.Contains(name)).ToList();
        Assert.True(missing.Count == 0, $"No handler class in the service for: {string.Join(", ", missing)}");
        return served.SelectMany(name => implementations[name].Single().Descriptor.Methods
            .Select(rpc => (rpc, HandlerOf(rpc, implementations[name].Single().Type)))).ToList();
    }

    /// <summary>The service's handler classes (its own and the audit trail's) with the contract service each implements.</summary>
    private static IEnumerable<(Type Type, ServiceDescriptor Descriptor)> HandlerTypes() =>
        new[] { EntryPointAssembly(), typeof(AuditTrail).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && t.BaseType?.DeclaringType is not null)
            .Select(t => (Type: t, Descriptor: t.BaseType!.DeclaringType!.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ServiceDescriptor))
            .Where(h => h.Descriptor is not null)
            .Select(h => (h.Type, h.Descriptor!));

    /// <summary>The assembly of the service under test: the entry point its factory hosts.</summary>
    private static Assembly EntryPointAssembly()
    {
        for (var type = typeof(TFactory); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(InProcessServiceFactory<>))
            {
                return type.GetGenericArguments()[0].Assembly;
            }
        }

        throw new InvalidOperationException($"{typeof(TFactory)} is not an InProcessServiceFactory<TEntryPoint>.");
    }

    private static MethodInfo HandlerOf(MethodDescriptor rpc, Type implementation)
    {
        var handler = implementation.GetMethod(rpc.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
        Assert.True(handler is not null, $"{rpc.FullName} has no handler in the service.");
        return handler!;
    }

    /// <summary>The policy that guards <paramref name="handler"/>.</summary>
    private static string PolicyOf(MethodDescriptor rpc, MethodInfo handler)
    {
        // A policy on the handler wins; one on its class covers every handler without its own.
        var policy = handler.GetCustomAttribute<AuthorizeAttribute>()?.Policy
            ?? handler.DeclaringType!.GetCustomAttribute<AuthorizeAttribute>()?.Policy;
        Assert.True(!string.IsNullOrEmpty(policy), $"{rpc.FullName} names no policy beside its handler and is not [AllowAnonymous].");
        return policy!;
    }

    private static async Task<StatusCode> CallAsync(GrpcChannel channel, MethodDescriptor rpc)
    {
        var type = rpc.IsServerStreaming ? MethodType.ServerStreaming : MethodType.Unary;
        var method = new Method<IMessage, IMessage>(
            type, rpc.Service.FullName, rpc.Name,
            Marshallers.Create<IMessage>(m => m.ToByteArray(), rpc.InputType.Parser.ParseFrom),
            Marshallers.Create<IMessage>(m => m.ToByteArray(), rpc.OutputType.Parser.ParseFrom));
        var options = new CallOptions(deadline: DateTime.UtcNow.Add(CallTimeout));
        var request = rpc.InputType.Parser.ParseFrom(ByteString.Empty);
        try
        {
            if (rpc.IsServerStreaming)
            {
                // Admitted once the first message arrives; disposing the call ends the stream.
                using var stream = channel.CreateCallInvoker().AsyncServerStreamingCall(method, null, options, request);
                await stream.ResponseStream.MoveNext(CancellationToken.None);
                return StatusCode.OK;
            }

            await channel.CreateCallInvoker().AsyncUnaryCall(method, null, options, request);
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }
}
