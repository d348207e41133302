namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>
/// A proxied HTTP function as collected from its endpoint(s): the route below <c>/api/</c>, the methods (upper case;
/// null = every method) and the auth level.
/// </summary>
internal sealed record ProxiedHttpFunction(string Name, string Route, IReadOnlyList<string>? Methods, AuthLevel AuthLevel);
