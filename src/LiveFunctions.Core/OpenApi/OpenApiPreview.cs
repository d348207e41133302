using LiveFunctions.Core.Validation;

namespace LiveFunctions.Core.OpenApi;

/// <summary>A dry run of one call: which action, the broken rules (empty when it may be sent) and the operation parameters as they would travel.</summary>
/// <param name="Product">The product called.</param>
/// <param name="Action">The OpenAPI action.</param>
/// <param name="Errors">Every broken document rule; empty means the call may be sent.</param>
/// <param name="Parameters">The operation parameters exactly as sent (no common or signature parameters).</param>
public sealed record OpenApiPreview(
    AlibabaProduct Product,
    string Action,
    IReadOnlyList<ValidationError> Errors,
    IReadOnlyList<KeyValuePair<string, string>> Parameters);
