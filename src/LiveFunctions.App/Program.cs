using LiveFunctions.App.Functions.Http;
using LiveFunctions.App.Functions.RateLimits;
using LiveFunctions.App.Functions.Scheduling;
using LiveFunctions.App.Functions.SnapshotCallback;
using LiveFunctions.App.Hosting;
using LiveFunctions.Core.DependencyInjection;
using LiveFunctions.Core.RateLimiting.Handler;

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionsHosting();
builder.Services.AddSnapshotFunctions();
builder.Services.AddSchedulingFunctions();

// The app's one registration of the Alibaba OpenAPI client: every function's outbound call goes through its HttpClient
// (chain pipeline handlers onto this line). The durable rate limiter paces every attempt (docs/rate-limiting.md).
builder.Services.AddAlibabaOpenApi().AddRateLimiting();
builder.Services.AddHostedService<RateLimiterWarmUp>();

var app = builder.Build();
app.UseFunctionsHosting();

// One MapXxx per function group.
app.MapHttpFunctions();
app.MapSnapshotFunctions();
app.MapRateLimitFunctions();
app.MapSchedulingFunctions();
return await app.RunFunctionsAppAsync(args);
