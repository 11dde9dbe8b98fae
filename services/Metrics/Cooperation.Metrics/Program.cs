using Cooperation.Metrics;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddCooperationAuthentication();
builder.AddCooperationAuthorization();
builder.AddServiceDatabase("metricsdb", typeof(Program).Assembly);
builder.AddMessaging(bus => bus.AddMetricsConsumers());
builder.AddAudit("metrics");
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddMetricsService();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcServiceDefaults();
app.MapAuditGrpcService();
app.MapMetricsGrpcServices();

app.Run();

/// <summary>Entry point, public so in-process tests can host the service.</summary>
public partial class Program;
