using ActorGraph.Benchmarks;

var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
if (chosen is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project tests/ActorGraph.Benchmarks -- NAME [args]");
    foreach (var b in benchmarks) Console.Error.WriteLine($"  {b.Name,-16} {b.Description}");
    return args.Length == 0 ? 0 : 2;
}
return await chosen.RunAsync(args[1..]);
