using Cooperation.Dashboard;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddSingleton(DashboardSettings.Read(builder.Configuration, builder.Environment));

var app = builder.Build();

app.UseDefaultFiles();
app.UseStaticFiles();
app.MapDefaultEndpoints();
app.MapDashboardConfiguration();
app.MapDevelopmentSignIn();

app.Run();

/// <summary>Entry point, public so in-process tests can host the dashboard.</summary>
public partial class Program;
