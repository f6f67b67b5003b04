namespace ActorGraph.Seed.Records;

/// <summary>The two file formats a seed folder may hold.</summary>
internal enum SeedFormat
{
    Yaml,
    Csv,
}
