using Cooperation.AppHost.Database;
using Cooperation.AppHost.Kubernetes;
using Cooperation.AppHost.Messaging;
using Cooperation.AppHost.Platform;
using Cooperation.AppHost.Services;

var builder = DistributedApplication.CreateBuilder(args);

// `--operation publish --step publish-kubernetes --output-path <dir>` writes Kubernetes manifests
// (docs/kubernetes.md). A deployment brings its own broker cluster and databases; the manifests
// reference them, so here they are only names.
if (builder.ExecutionContext.IsPublishMode)
{
    try
    {
        builder.AddKubernetesPublishing();
    }
    catch (InvalidOperationException wrongSetting)
    {
        Console.Error.WriteLine(wrongSetting.Message);
        return 2;
    }

    builder.AddServices(builder.AddConnectionString("messaging"), name => builder.AddConnectionString(name));
    builder.Build().Run();
    return Environment.ExitCode;
}

var localData = LocalData.From(builder.Configuration);

// RabbitMQ in a container where an engine answers, otherwise Debian's rabbitmq-server on its own port.
var messaging = builder.AddMessagingBroker("messaging", localData);
if (messaging is null)
{
    Console.Error.WriteLine(MessagingBrokerExtensions.NothingToRunHint);
    return 1;
}

// PostgreSQL the same way: a container, otherwise a private cluster of Debian's server binaries.
var postgres = builder.AddDatabaseServer("postgres", localData);
if (postgres is null)
{
    Console.Error.WriteLine(DatabaseServerExtensions.NothingToRunHint);
    return 1;
}

// Every service with its own database on that server (AppHost/Services/SuiteServices.cs).
var services = builder.AddServices(messaging, name => postgres.AddDatabase(name));

// The page people watch: it calls the metrics and working-group services over gRPC-Web.
builder.AddProgrammeDashboard("dashboard", services.Metrics, services.WorkingGroup);

builder.Build().Run();
return 0;
