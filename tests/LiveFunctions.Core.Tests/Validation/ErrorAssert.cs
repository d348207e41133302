using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.Tests.Validation;

/// <summary>Assertions on validator results that name the broken rules in a failure message.</summary>
internal static class ErrorAssert
{
    /// <summary>Exactly one rule is broken, with this code and parameter, and its message names the parameter.</summary>
    public static void Single(IReadOnlyList<ValidationError> errors, string code, string parameter)
    {
        Assert.True(errors.Count == 1, $"Expected only {code} ({parameter}), got: {Describe(errors)}");
        Assert.Equal(code, errors[0].Code);
        Assert.Equal(parameter, errors[0].Parameter);
        Assert.Contains(parameter, errors[0].Message, StringComparison.Ordinal);
    }

    /// <summary>No rule is broken.</summary>
    public static void None(IReadOnlyList<ValidationError> errors) =>
        Assert.True(errors.Count == 0, $"Expected no errors, got: {Describe(errors)}");

    private static string Describe(IReadOnlyList<ValidationError> errors) =>
        errors.Count == 0 ? "none" : string.Join("; ", errors.Select(e => $"{e.Code} ({e.Parameter}): {e.Message}"));
}
