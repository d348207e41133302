namespace LiveFunctions.Testing.Azurite;

/// <summary>Finds the repository root: the nearest folder above the test binaries that holds LiveFunctions.sln.</summary>
public static class RepositoryRoot
{
    /// <summary>The root folder; throws when the binaries do not run from inside a clone.</summary>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LiveFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No LiveFunctions.sln in any folder above {AppContext.BaseDirectory}.");
    }
}
