using Cooperation.WorkingGroup.Tests.CooperationAreas;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.SuccessCriteria;

public sealed class SuccessCriteriaAccessTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private V1.SuccessCriteriaService.SuccessCriteriaServiceClient ClientAs(string persona) => new(factory.ChannelFor(persona));

    private static V1.DefineSuccessMeasureRequest Measure(string criterionId, double target) => new()
    {
        SuccessCriterionId = criterionId, Name = "Days from alert to partner", Unit = "days", Baseline = 10, Target = target,
        Period = V1.MeasurePeriod.Quarterly, Direction = V1.MeasureDirection.Decrease,
    };

    [Fact]
    public async Task Each_write_leaves_one_audit_record_naming_the_caller_and_the_resource()
    {
        var client = ClientAs("uk-co-chair");
        var criterion = (await client.DefineSuccessCriterionAsync(new V1.DefineSuccessCriterionRequest { Title = "Faster sharing", Description = "¶4a" })).SuccessCriterion;
        var measure = (await client.DefineSuccessMeasureAsync(Measure(criterion.Id, 3))).SuccessMeasure;
        var update = Measure(criterion.Id, 2);
        await client.UpdateSuccessMeasureAsync(new V1.UpdateSuccessMeasureRequest
        {
            SuccessMeasureId = measure.Id, Name = update.Name, Unit = update.Unit, Baseline = update.Baseline, Target = update.Target,
            Period = update.Period, Direction = update.Direction,
        });

        await ResourceAudit.SingleByDefaultCallerAsync(factory, "DefineSuccessCriterion", "create", "SuccessCriterion", criterion.Id);
        await ResourceAudit.SingleByDefaultCallerAsync(factory, "DefineSuccessMeasure", "create", "SuccessMeasure", measure.Id);
        await ResourceAudit.SingleByDefaultCallerAsync(factory, "UpdateSuccessMeasure", "update", "SuccessMeasure", measure.Id);
    }

    [Fact]
    public async Task Only_a_co_chair_defines_criteria_and_measures()
    {
        var title = $"Refused {Guid.NewGuid()}";
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ClientAs("analyst").DefineSuccessCriterionAsync(
            new V1.DefineSuccessCriterionRequest { Title = title, Description = "d" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => ClientAs("bg-border-police-coordinator").DefineSuccessMeasureAsync(Measure(Guid.NewGuid().ToString(), 1)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => new V1.SuccessCriteriaService.SuccessCriteriaServiceClient(factory.AnonymousChannel)
            .ListSuccessCriteriaAsync(new V1.ListSuccessCriteriaRequest()).ResponseAsync);
        var listed = await ClientAs("analyst").ListSuccessCriteriaAsync(new V1.ListSuccessCriteriaRequest { PageSize = 200 });
        Assert.DoesNotContain(listed.SuccessCriteria, c => c.Title == title);
        Assert.Empty(await ResourceAudit.ByPersonaAsync(factory, "analyst"));
        Assert.Empty(await ResourceAudit.ByPersonaAsync(factory, "bg-border-police-coordinator"));
    }
}
