namespace LiveFunctions.App.Functions.Http;

/// <summary>Service error codes the functions act on (rather than only pass through).</summary>
internal static class ServiceCodes
{
    /// <summary>"The specified config does not exist": the snapshot document's code, and the emulator's for every Update/Delete of a missing config.</summary>
    public const string ConfigNotFound = "InvalidConfig.NotFound";

    /// <summary>"Config has already exist.": an Add for a (DomainName, AppName[, StreamName]) that has a config.</summary>
    public const string ConfigAlreadyExists = "ConfigAlreadyExists";
}
