using Cooperation.WorkingGroup;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGrpcServiceDefaults();
builder.AddCooperationAuthentication();
builder.AddCooperationAuthorization();
builder.AddServiceDatabase("workinggroupdb", typeof(Program).Assembly);
builder.AddMessaging(bus => bus.AddWorkingGroupConsumers());
builder.AddAudit("working-group");
builder.AddCooperationServiceIdentity("working-group");
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddWorkingGroup(builder.Configuration);

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcServiceDefaults();
app.MapAuditGrpcService();
app.MapWorkingGroupGrpcServices();

app.Run();

/// <summary>Entry point, public so in-process tests can host the service.</summary>
public partial class Program;
