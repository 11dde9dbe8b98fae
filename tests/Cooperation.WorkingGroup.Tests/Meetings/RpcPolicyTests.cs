using System.Reflection;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Meetings;
using Cooperation.WorkingGroup.Projects;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>Every RPC of the meetings, cadence and projects services names its policy beside its handler.</summary>
public sealed class RpcPolicyTests
{
    public static TheoryData<Type, string> Services => new()
    {
        { typeof(MeetingsGrpcService), V1.MeetingsService.Descriptor.FullName },
        { typeof(CadenceGrpcService), V1.CadenceService.Descriptor.FullName },
        { typeof(ProjectsGrpcService), V1.ProjectsService.Descriptor.FullName },
    };

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_rpc_is_handled_with_an_explicit_policy(Type service, string serviceName)
    {
        var descriptor = Descriptors().Single(d => d.FullName == serviceName);

        foreach (var rpc in descriptor.Methods)
        {
            var handler = service.GetMethod(rpc.Name, BindingFlags.Public | BindingFlags.Instance);
            Assert.True(handler is not null && handler.DeclaringType == service, $"{serviceName}/{rpc.Name} has no handler in {service.Name}.");
            var policy = handler.GetCustomAttribute<AuthorizeAttribute>()?.Policy;
            Assert.False(string.IsNullOrEmpty(policy), $"{serviceName}/{rpc.Name} names no policy.");
            Assert.Contains(policy, BuildingBlocks.Security.CooperationPolicies.RolesByPolicy.Keys);
        }
    }

    private static IEnumerable<ServiceDescriptor> Descriptors() =>
        [V1.MeetingsService.Descriptor, V1.CadenceService.Descriptor, V1.ProjectsService.Descriptor];
}
