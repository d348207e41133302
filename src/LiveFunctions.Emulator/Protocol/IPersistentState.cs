using System.Text.Json.Nodes;

namespace LiveFunctions.Emulator.Protocol;

/// <summary>
/// State that survives a restart when the emulator is given a data folder (<c>Emulator:DataFolder</c>). Every stateful
/// emulator service registers itself as one; the host saves each to <c>{DataFolder}/{Name}.json</c> and loads it at start.
/// </summary>
internal interface IPersistentState
{
    /// <summary>A file-name-safe name of this piece of state, unique in the emulator.</summary>
    string Name { get; }

    /// <summary>A JSON snapshot of the whole state.</summary>
    JsonNode Save();

    /// <summary>Replaces the state with a snapshot made by <see cref="Save"/>.</summary>
    void Load(JsonNode snapshot);
}
