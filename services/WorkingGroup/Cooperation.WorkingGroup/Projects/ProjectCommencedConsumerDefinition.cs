using MassTransit;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>Endpoint policy for <see cref="ProjectCommencedConsumer"/>: a named queue and a few spaced retries before the error queue.</summary>
public sealed class ProjectCommencedConsumerDefinition : ConsumerDefinition<ProjectCommencedConsumer>
{
    public ProjectCommencedConsumerDefinition() => EndpointName = "working-group-project-commenced";

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ProjectCommencedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 2000));
}
