namespace LiveFunctions.Emulator.Protocol;

/// <summary>An error the emulated service answers with: HTTP status, Alibaba code and message.</summary>
internal sealed record ServiceError(int Status, string Code, string Message);
