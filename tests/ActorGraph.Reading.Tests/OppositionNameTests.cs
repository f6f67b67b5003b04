namespace ActorGraph.Reading.Tests;

/// <summary>A state's opposition named by a capitalised name that holds "Opposition" keeps the whole name; a lower-case
/// "opposition" before a name is a description, not part of it.</summary>
public class OppositionNameTests
{
    [Theory]
    [InlineData("Envoys met the Government of Chad and the Chad Opposition Forces Alliance in Nairobi on Monday.", "Chad Opposition Forces Alliance")]
    [InlineData("Envoys met the Government of Chad and the Chadian opposition Renewal Alliance in Nairobi on Monday.", "Renewal Alliance")]
    public void The_opposition_is_named_as_written(string sentence, string name) =>
        Assert.Equal([name], ReportReader.ReadText(sentence).Actors.Where(a => a.Rule == "opposition").Select(a => a.Name));
}
