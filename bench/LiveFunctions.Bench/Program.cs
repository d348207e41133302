// Benchmarks print figures measured in one run (ratios, not absolute timings asserted anywhere).
// Usage: dotnet run -c Release --project bench/LiveFunctions.Bench -- <name> [options]
using LiveFunctions.Bench;

var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .ToDictionary(b => b.Name, StringComparer.OrdinalIgnoreCase);

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.WriteLine("usage: LiveFunctions.Bench <name> [options]");
    foreach (var b in benchmarks.Values.OrderBy(b => b.Name, StringComparer.Ordinal))
    {
        Console.WriteLine($"  {b.Name,-16} {b.Description}");
    }

    return args.Length == 0 ? 0 : 2;
}

return await benchmark.RunAsync(args[1..]);
