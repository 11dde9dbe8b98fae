using Cooperation.Training.Tests.Catalogue;
using Cooperation.Training.Tests.Infrastructure;

namespace Cooperation.Training.Tests;

public sealed class JsonTranscodingTests(TrainingServiceFactory factory) : JsonTranscodingTests<TrainingServiceFactory>(factory)
{
    protected override AuditedJsonWrite AuditedWrite => new(
        "/v1/training/create-activity", "CreateActivity", CatalogueRequests.NewActivity(),
        "uk-training-coordinator", "Activity", "activity.id");
}
