using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>"President NAME of BODY and the leaders (of the two factions) of OTHER signed an agreement": a titled person who leads
/// a body, listed with another body, stands for his body in the pair (docs/reading.md, "Blind reports 82-86", third round).
/// Counter-examples: a minister (a member, not the head) does not stand for his state; "the talks and the leaders of X" is no list. Sentences written
/// for the test; the parties are made up.</summary>
public class LeaderAsSideTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    private static bool Between(ReadingResult result, string kind, string? a, string? b) =>
        result.Relations.Any(r => r.Kind.Name == kind && (r.Source == a && r.Target == b || r.Source == b && r.Target == a));

    [Fact]
    public void A_leader_of_a_body_and_the_leaders_of_another_body_make_a_pair_of_the_bodies()
    {
        var result = Read("On 3 May 2031 President Amos Katende of KANU-DP and the leaders of the two factions of the Lakeside Liberation Front signed a border agreement in Kisumu.");
        var party = Id(result, "KANU-DP");
        var front = Id(result, "Lakeside Liberation Front");
        var katende = Id(result, "Amos Katende");
        Assert.NotNull(party);
        Assert.NotNull(front);
        Assert.True(Between(result, "negotiates", party, front));
        // The person's side is his body; he is no side of the pair with the other body.
        Assert.False(Between(result, "negotiates", katende, front));
        Assert.False(Between(result, "cooperates", katende, front));
    }

    [Fact]
    public void A_leader_listed_with_a_body_stands_for_the_body_he_leads()
    {
        var result = Read("President Amos Katende of KANU-DP and the Lakeside Liberation Front signed a border agreement in Kisumu on 3 May 2031.");
        Assert.True(Between(result, "negotiates", Id(result, "KANU-DP"), Id(result, "Lakeside Liberation Front")));
        Assert.False(Between(result, "negotiates", Id(result, "Amos Katende"), Id(result, "Lakeside Liberation Front")));
    }

    [Fact]
    public void A_minister_who_does_not_lead_his_state_does_not_stand_for_it()
    {
        var result = Read("Foreign Minister Amos Katende of Ghana and the Lakeside Liberation Front signed a border agreement in Kisumu on 3 May 2031.");
        Assert.False(Between(result, "negotiates", Id(result, "Ghana"), Id(result, "Lakeside Liberation Front")));
    }

    [Fact]
    public void Talks_and_the_leaders_of_a_body_are_no_list()
    {
        var result = Read("The talks in Kisumu and the leaders of the Lakeside Liberation Front signed a border agreement on 3 May 2031.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "negotiates");
    }
}
