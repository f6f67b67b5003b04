using ActorGraph.Core.Model;

namespace ActorGraph.Import.Datasets;

/// <summary>A process status from a data set's outcome text. Words of breakdown win over words of
/// agreement ("ceasefire agreement; talks broke down 2006" is collapsed: the later fact); with no telling
/// word, a process with an end date has ended and one without is ongoing.</summary>
public static class OutcomeStatus
{
    private static readonly string[] Collapsed = ["fail", "collapse", "broke down", "breakdown", "break down", "no agreement", "rejected", "abandon", "stalled", "suspended", "unsuccessful"];
    private static readonly string[] Agreed = ["agreement", "accord", "ceasefire", "cease-fire", "truce", "peace", "settlement", "memorandum", "protocol", "signed", "deal"];
    private static readonly string[] Ongoing = ["ongoing", "continuing", "in progress"];
    private static readonly string[] Ended = ["ended", "concluded", "terminated", "closed"];
    private static readonly string[] Proposed = ["offered", "proposed", "not accepted"];

    /// <summary>The status the outcome text says, else ended (with an end date) or ongoing.</summary>
    public static ProcessStatus Of(string? outcome, bool hasEnd)
    {
        var text = outcome ?? "";
        bool Says(string[] words) => words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
        if (Says(Proposed)) return ProcessStatus.Proposed;
        if (Says(Collapsed)) return ProcessStatus.Collapsed;
        if (Says(Agreed)) return ProcessStatus.Agreed;
        if (Says(Ongoing)) return ProcessStatus.Ongoing;
        if (Says(Ended)) return ProcessStatus.Ended;
        return hasEnd ? ProcessStatus.Ended : ProcessStatus.Ongoing;
    }
}
