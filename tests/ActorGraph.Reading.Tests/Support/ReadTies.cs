namespace ActorGraph.Reading.Tests;

/// <summary>The relations read from a text as sorted "source kind target" lines, the shape most rule tests assert on;
/// <see cref="WithModality"/> adds the modality in brackets ("nor mediates col (reported)").</summary>
internal static class ReadTies
{
    public static List<string> Plain(string text) =>
        ReportReader.ReadText(text).Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").Order(StringComparer.Ordinal).ToList();

    public static List<string> WithModality(string text) =>
        ReportReader.ReadText(text).Relations
            .Select(r => $"{r.Source} {r.Kind.Name} {r.Target} ({r.Modality.ToString().ToLowerInvariant()})")
            .Order(StringComparer.Ordinal).ToList();
}
