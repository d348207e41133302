using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Functions.Scheduling;
using LiveFunctions.App.Functions.SnapshotCallback;
using LiveFunctions.App.Hosting;
using LiveFunctions.Core.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionsHosting();
builder.Services.AddSnapshotFunctions();
builder.Services.AddSchedulingFunctions();

// The app's one registration of the Alibaba OpenAPI client: every function's outbound call goes through its HttpClient
// (chain pipeline handlers such as the rate limiter onto this line).
builder.Services.AddAlibabaOpenApi();

var app = builder.Build();
app.UseFunctionsHosting();

// One MapXxx per function group.
app.MapHttpFunctions();
app.MapSnapshotFunctions();
app.MapSchedulingFunctions();
return await app.RunFunctionsAppAsync(args);
