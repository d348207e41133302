namespace LiveFunctions.Emulator.Protocol;

/// <summary>State that <c>POST /_emulator/reset</c> clears. Every stateful emulator service registers itself as one.</summary>
internal interface IResettable
{
    /// <summary>Forgets everything, as on a fresh start.</summary>
    void Reset();
}
