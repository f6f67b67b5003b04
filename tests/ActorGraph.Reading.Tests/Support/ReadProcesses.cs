using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The mediation processes read from a text, the shape process-role tests assert on: <see cref="Only"/> reads the text
/// and asserts it gives exactly one process; <see cref="Id"/> is the id of the one actor read with a name (asserting there is one).
/// Beside <see cref="ReadTies"/>, which gives the relations.</summary>
internal static class ReadProcesses
{
    public static ReadingResult Read(string text) => ReportReader.ReadText(text);

    /// <summary>The text's one process, with the reading it came from (for actor ids and relations).</summary>
    public static (ReadingResult Result, ProposedProcess Process) Only(string text)
    {
        var result = Read(text);
        return (result, Assert.Single(result.Processes));
    }

    /// <summary>The ids of every process's mediators, in reading order.</summary>
    public static List<string> Mediators(string text) => Read(text).Processes.SelectMany(p => p.Mediators).ToList();

    public static string Id(ReadingResult result, string name) => Assert.Single(result.Actors, a => a.Name == name).Id;
}
