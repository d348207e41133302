namespace LiveFunctions.App.Hosting.Declarations;

/// <summary>The <c>authLevel</c> of an HTTP-triggered function, as function.json spells it (lower case).</summary>
internal enum AuthLevel
{
    /// <summary>No key required.</summary>
    Anonymous,

    /// <summary>A function key (or the host/master key) is required: <c>x-functions-key</c> header or <c>code</c> query.</summary>
    Function,

    /// <summary>The master key is required.</summary>
    Admin,
}
