var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "LiveFunctions");
await app.RunAsync();
