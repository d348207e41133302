using LiveFunctions.Emulator;

var app = EmulatorHost.Build(args);
await app.RunAsync();
