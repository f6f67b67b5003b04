using System.Globalization;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;

namespace ActorGraph.Cli.Commands.Analysis;

/// <summary>Short text forms of ties for the analysis answers.</summary>
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
}
