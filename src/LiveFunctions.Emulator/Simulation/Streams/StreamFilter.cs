using LiveFunctions.Emulator.Protocol;

namespace LiveFunctions.Emulator.Simulation.Streams;

/// <summary>The AppName/StreamName filters of the stream lists: <c>fuzzy</c> (substring, the default) or <c>strict</c> (equal).</summary>
internal sealed record StreamFilter(string? AppName, string? StreamName, bool Strict)
{
    /// <summary>Reads AppName, StreamName and QueryType.</summary>
    public static StreamFilter Read(ParameterReader p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var app = p.Optional("AppName");
        var stream = p.Optional("StreamName");
        var strict = p.Choice("QueryType", "fuzzy", "fuzzy", "strict") == "strict";
        return new StreamFilter(app, stream, strict);
    }

    /// <summary>Whether a session passes the filter.</summary>
    public bool Matches(PublishSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return Match(AppName, session.AppName) && Match(StreamName, session.StreamName);
    }

    private bool Match(string? wanted, string actual) =>
        wanted is null || (Strict ? actual == wanted : actual.Contains(wanted, StringComparison.Ordinal));
}
