namespace LiveFunctions.App.Functions.OpenApi;

/// <summary>
/// Endpoint metadata for the OpenAPI document: the JSON body an endpoint reads itself. (The framework's
/// <c>.Accepts&lt;T&gt;()</c> is read too, but it also makes routing refuse other content types with an empty 415,
/// which the HTTP functions do not want: they answer a non-JSON body with their own error.)
/// </summary>
/// <param name="Type">The record the body is read into; its JSON schema is generated from it.</param>
internal sealed record OpenApiRequestBody(Type Type);

/// <summary>Endpoint metadata for the OpenAPI document: a query parameter the endpoint reads.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Type">Its JSON schema type, e.g. <c>boolean</c>.</param>
/// <param name="Description">What it does.</param>
internal sealed record OpenApiQueryParameter(string Name, string Type, string Description);
