using System.Globalization;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Cli.Commands.Analysis;

/// <summary>Short text forms of ties and evidence for the analysis tables.</summary>
internal static class EvidenceText
{
    /// <summary>"egypt mediates hamas (claimed, 2024-11-30)".</summary>
    public static string Tie(TieEvidence tie)
    {
        var details = new List<string>();
        if (tie.Modality != Modality.Reported) details.Add(EnumText.Name(tie.Modality));
        var when = tie.When.ToString();
        if (when.Length > 0) details.Add(when);
        details.Add(string.Create(CultureInfo.InvariantCulture, $"strength {tie.Strength:0.##}, confidence {tie.Confidence:0.##}"));
        return $"{tie.Source} {tie.Kind} {tie.Target} ({string.Join(", ", details)})";
    }

    /// <summary>"report-x, para 2: note".</summary>
    public static string Item(EvidenceItem e)
    {
        var where = string.Join(", ", new[] { e.SourceId, e.Locator }.Where(s => !string.IsNullOrEmpty(s)));
        return e.Note is null ? where : $"{where}: {e.Note}";
    }

    /// <summary>Writes a tie and its evidence, indented.</summary>
    public static void WriteTie(TextWriter o, TieEvidence tie, string indent)
    {
        o.WriteLine($"{indent}{Tie(tie)} [{tie.RelationId}]");
        foreach (var e in tie.Evidence) o.WriteLine($"{indent}  {Item(e)}");
    }
}
