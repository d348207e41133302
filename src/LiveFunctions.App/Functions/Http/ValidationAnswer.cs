using LiveFunctions.Core.Validation;

namespace LiveFunctions.App.Functions.Http;

/// <summary>
/// The 400 of a request that breaks rules of its API document: the first broken rule's code (the document's), and a
/// message with every broken rule. The same for a real call and a dry run, so <c>?dryRun=true</c> answers exactly what
/// the call would.
/// </summary>
internal static class ValidationAnswer
{
    /// <summary>The error for <paramref name="errors"/> (at least one) of <paramref name="action"/>.</summary>
    public static InputError From(string action, IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A validation answer needs at least one broken rule.", nameof(errors));
        }

        var message = errors.Count == 1
            ? $"{action} was not sent: {errors[0].Message}"
            : $"{action} was not sent; {errors.Count} rules are broken: {string.Join(" ", errors.Select(e => e.Message))}";
        return InputError.BadRequest(errors[0].Code, message);
    }
}
