namespace LiveFunctions.Bench;

/// <summary>One benchmark of the harness; each lives in its own folder and is found by reflection.</summary>
internal interface IBenchmark
{
    /// <summary>The name given on the command line.</summary>
    string Name { get; }

    /// <summary>One line saying what it measures.</summary>
    string Description { get; }

    /// <summary>Runs and prints its figures; returns the process exit code.</summary>
    Task<int> RunAsync(string[] args);
}
