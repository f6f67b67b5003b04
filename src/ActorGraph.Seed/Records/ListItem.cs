namespace ActorGraph.Seed.Records;

/// <summary>One item of a list field (a YAML sequence item or one <c>;</c>-separated part of a CSV cell).</summary>
internal readonly record struct ListItem(string Text, Location Location);
