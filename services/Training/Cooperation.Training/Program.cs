using Cooperation.Training;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddCooperationAuthentication();
builder.AddCooperationAuthorization();
builder.AddServiceDatabase("trainingdb", typeof(Program).Assembly);
builder.AddMessaging(bus => bus.AddTrainingConsumers());
builder.AddAudit("training");
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddTraining();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcServiceDefaults();
app.MapAuditGrpcService();
app.MapTrainingGrpcServices();

app.Run();

/// <summary>Entry point, public so in-process tests can host the service.</summary>
public partial class Program;
