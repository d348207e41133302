using LiveFunctions.Core.OpenApi;

namespace LiveFunctions.EndToEnd.Tests.Agreement;

/// <summary>
/// One row of the agreement table: a request of one operation (built with Core's request record and previewed by
/// Core), the state the emulator needs so that the rule under test is the one that fires, and the verdicts expected
/// of each side — null for "accepted", else the error code. A row without <see cref="Difference"/> is an agreement
/// (both verdicts equal); a row with one records a known, explained difference, with both sides' verdicts pinned so
/// that a change on either side shows up.
/// </summary>
/// <param name="Id">The row's name: the operation, then what the request does.</param>
/// <param name="Request">Core's preview of the request (its broken rules and its wire parameters).</param>
/// <param name="Seed">The state the emulator needs first (configs, sessions, jobs), or null.</param>
/// <param name="Core">Core's expected verdict: null, or the code of its first broken rule.</param>
/// <param name="Emulator">The emulator's expected verdict: null, or the code it answers.</param>
/// <param name="Difference">Why the two verdicts differ and which way the documents leave it open; null when they agree.</param>
internal sealed record AgreementCase(
    string Id,
    Func<AgreementEmulator, OpenApiPreview> Request,
    Func<AgreementEmulator, Task>? Seed,
    string? Core,
    string? Emulator,
    string? Difference)
{
    /// <summary>Both sides accept the request.</summary>
    public static AgreementCase Valid(string id, Func<AgreementEmulator, OpenApiPreview> request, Func<AgreementEmulator, Task>? seed = null) =>
        new(id, request, seed, null, null, null);

    /// <summary>Both sides refuse the request with <paramref name="code"/>.</summary>
    public static AgreementCase Invalid(string id, string code, Func<AgreementEmulator, OpenApiPreview> request, Func<AgreementEmulator, Task>? seed = null) =>
        new(id, request, seed, code, code, null);

    /// <summary>The sides differ as recorded, for the reason given.</summary>
    public static AgreementCase Known(
        string id, string? core, string? emulator, string because, Func<AgreementEmulator, OpenApiPreview> request, Func<AgreementEmulator, Task>? seed = null) =>
        new(id, request, seed, core, emulator, because);

    /// <summary>The operation's action: the part of <see cref="Id"/> before the colon.</summary>
    public string Action => Id[..Id.IndexOf(':', StringComparison.Ordinal)];

    public override string ToString() => Id;
}
