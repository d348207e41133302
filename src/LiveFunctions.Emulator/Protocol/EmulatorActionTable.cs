namespace LiveFunctions.Emulator.Protocol;

/// <summary>The actions the emulator serves, keyed by (version, action).</summary>
internal sealed class EmulatorActionTable
{
    private readonly Dictionary<(string Version, string Action), Func<ActionContext, ActionResult>> _handlers = [];

    /// <summary>Registers the handler of one action.</summary>
    public void Add(string version, string action, Func<ActionContext, ActionResult> handler) =>
        _handlers.Add((version, action), handler);

    /// <summary>Finds the handler of an action, if the emulator serves it.</summary>
    public bool TryGet(string version, string action, out Func<ActionContext, ActionResult> handler) =>
        _handlers.TryGetValue((version, action), out handler!);

    /// <summary>Every registered (version, action).</summary>
    public IEnumerable<(string Version, string Action)> Actions => _handlers.Keys;
}
