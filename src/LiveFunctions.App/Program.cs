using LiveFunctions.App.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionsHosting();

var app = builder.Build();
app.UseFunctionsHosting();

// One MapXxx per function group goes here (the functions arrive with their own issues).
return await app.RunFunctionsAppAsync(args);
