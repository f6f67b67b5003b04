using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>"Secretary-General NAME" with no body named (<c>Recognition/SecretaryGeneralHolder</c>): the holder leads the United
/// Nations, as a tie only, so that a holder who attends a signing is no mediator through the UN. Counter-examples: another
/// body's secretary-general, a deputy, a title followed by "of X". Sentences written for the test; the names are made up.</summary>
public class SecretaryGeneralHolderTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static bool LeadsUn(ReadingResult result, string person)
    {
        var id = result.Actors.FirstOrDefault(a => a.Name == person)?.Id;
        var un = result.Actors.FirstOrDefault(a => a.Name == "United Nations")?.Id;
        return id is not null && un is not null && result.Relations.Any(r => r.Kind.Name == "leads" && r.Source == id && r.Target == un);
    }

    [Theory]
    [InlineData("I want to thank Secretary-General Zorvan Kettiwel, who asked me to take on this task in Kenya.")]
    [InlineData("Kenya and Uganda signed the accord in Geneva in the presence of Secretary-General Zorvan Kettiwel.")]
    public void A_bare_secretary_general_before_a_name_leads_the_un(string text) =>
        Assert.True(LeadsUn(Read(text), "Zorvan Kettiwel"));

    [Fact]
    public void A_guest_at_a_signing_does_not_make_the_un_a_mediator()
    {
        var result = Read("Kenya and Uganda signed the accord in Geneva in the presence of Secretary-General Zorvan Kettiwel.");
        var un = result.Actors.FirstOrDefault(a => a.Name == "United Nations")?.Id;
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "mediates" && r.Source == un);
    }

    [Theory]
    [InlineData("NATO Secretary-General Zorvan Kettiwel met the envoys of Kenya and Uganda in Brussels.")]
    [InlineData("The Secretary-General of NATO, Pirro Dashavel, spoke first. Then Secretary-General Zorvan Kettiwel met the envoys of Kenya.")]
    [InlineData("Deputy Secretary-General Zorvan Kettiwel met the envoys of Kenya and Uganda in Geneva.")]
    public void Another_bodys_or_a_deputys_title_gives_no_un_head(string text) =>
        Assert.False(LeadsUn(Read(text), "Zorvan Kettiwel"));
}
