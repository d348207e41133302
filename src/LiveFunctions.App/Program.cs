using LiveFunctions.App.Functions.SnapshotCallback;
using LiveFunctions.App.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionsHosting();
builder.Services.AddSnapshotFunctions();

var app = builder.Build();
app.UseFunctionsHosting();

// One MapXxx per function group goes here (the functions arrive with their own issues).
app.MapSnapshotFunctions();
return await app.RunFunctionsAppAsync(args);
