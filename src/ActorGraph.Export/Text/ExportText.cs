using System.Globalization;
using ActorGraph.Core.Model;

namespace ActorGraph.Export.Text;

/// <summary>How every export spells values: the seed files' kebab-case names, ISO dates and
/// culture-invariant numbers, so that outputs agree with each other and with <c>--format json</c>.</summary>
public static class ExportText
{
    /// <summary>An ISO date (<c>yyyy-MM-dd</c>), or null.</summary>
    public static string? Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A number in the invariant culture, round-trippable ("0.75", never "0,75").</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A relation's strength clamped to 0..1 (0 when not a number), as exports write it as a weight.</summary>
    public static double Strength(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return double.IsFinite(relation.Strength) ? Math.Clamp(relation.Strength, 0, 1) : 0;
    }

    /// <summary>An integer in the invariant culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>One piece of evidence as a line: <c>source-id, locator: note</c>.</summary>
    public static string EvidenceLine(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var line = evidence.SourceId;
        if (!string.IsNullOrEmpty(evidence.Locator)) line += ", " + evidence.Locator;
        if (!string.IsNullOrEmpty(evidence.Note)) line += ": " + evidence.Note;
        return line;
    }
}
