using System.Reflection;

namespace ActorGraph.Import.Canonical;

/// <summary>Reads the tab-separated code tables embedded in this assembly (<c>Canonical/Data/*.tsv</c>):
/// lines starting with <c>#</c> are provenance notes and the column header.</summary>
internal static class CodeTableFile
{
    /// <summary>The cells of every data row of <paramref name="fileName"/>.</summary>
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var assembly = typeof(CodeTableFile).Assembly;
        using var stream = assembly.GetManifestResourceStream($"ActorGraph.Import.{fileName}")
            ?? throw new InvalidOperationException($"the code table {fileName} is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
