using System.Net;

namespace LiveFunctions.Emulator.Tests.Support;

/// <summary>A test class whose every test gets its own freshly started emulator.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    protected RunningEmulator Emulator { get; private set; } = null!;

    protected SigningClient Client => Emulator.Client;

    /// <summary>Configuration for the emulator of every test in the class.</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public async Task InitializeAsync() => Emulator = await RunningEmulator.StartAsync(Settings);

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>Calls the action (V3) and asserts the refusal's HTTP status and code.</summary>
    protected async Task AssertRefusedAsync(string action, IReadOnlyDictionary<string, string> parameters, string code, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var answer = await Client.CallAsync(action, parameters);

        Assert.Equal(status, answer.Status);
        Assert.Equal(code, answer.Code);
    }

    /// <summary>Builds a parameter set from name/value pairs.</summary>
    protected static Dictionary<string, string> Params(params (string Name, string Value)[] pairs) =>
        pairs.ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.Ordinal);
}
