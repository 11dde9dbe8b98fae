using MassTransit;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>Endpoint policy for <see cref="ProjectCompletedConsumer"/>: a named queue and a few spaced retries before the error queue.</summary>
public sealed class ProjectCompletedConsumerDefinition : ConsumerDefinition<ProjectCompletedConsumer>
{
    public ProjectCompletedConsumerDefinition() => EndpointName = "working-group-project-completed";

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ProjectCompletedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 2000));
}
