using System.Reflection;
using Cooperation.BuildingBlocks.Security;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.CooperationAreas;
using Cooperation.WorkingGroup.Establishment;
using Cooperation.WorkingGroup.Membership;
using Cooperation.WorkingGroup.Officials;
using Cooperation.WorkingGroup.Reviews;
using Cooperation.WorkingGroup.SuccessCriteria;
using Microsoft.AspNetCore.Authorization;

namespace Cooperation.WorkingGroup.Tests.PersonalData;

public sealed class PolicyDeclarationTests
{
    public static TheoryData<Type> StructureServices() =>
    [
        typeof(AgenciesGrpcService), typeof(OfficialsGrpcService), typeof(PersonalDataGrpcService), typeof(WorkingGroupGrpcService),
        typeof(MembershipGrpcService), typeof(CooperationAreasGrpcService), typeof(SuccessCriteriaGrpcService),
        typeof(StatementReviewsGrpcService),
    ];

    [Theory]
    [MemberData(nameof(StructureServices))]
    public void Every_rpc_names_a_policy_of_the_suite(Type service)
    {
        var rpcs = service.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetBaseDefinition().DeclaringType != m.DeclaringType)
            .ToList();

        Assert.NotEmpty(rpcs);
        Assert.All(rpcs, rpc =>
        {
            var policy = rpc.GetCustomAttribute<AuthorizeAttribute>()?.Policy;
            Assert.True(policy is not null && CooperationPolicies.RolesByPolicy.ContainsKey(policy), $"{service.Name}.{rpc.Name} names no policy of the suite");
        });
    }
}
