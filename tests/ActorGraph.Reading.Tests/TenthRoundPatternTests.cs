using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>The tenth round's general rules, each on sentences written for the test (not taken from any report).</summary>
public class TenthRoundPatternTests
{
    private static List<string> Processes(string text) =>
        ReportReader.ReadText(text).Processes
            .Select(p => $"{string.Join(" ", p.Parties.Order(StringComparer.Ordinal))} / {string.Join(" ", p.Mediators)} / {string.Join(" ", p.Rules)} / {p.PartiesFrom}").ToList();

    [Fact]
    public void A_role_noun_naming_a_state_makes_that_state_the_mediator_of_the_pair()
    {
        var processes = Processes("The Government of Colombia and the National Liberation Army (ELN) held talks in Caracas last week. " +
            "The Norwegian Facilitator thanked both delegations for their patience.");
        Assert.Equal(["col-gov eln / nor / role-noun / sentence"], processes);
    }

    [Fact]
    public void A_bare_role_noun_stands_for_the_mediator_named_earlier()
    {
        var processes = Processes("Talks between the Government of Colombia and the National Liberation Army (ELN) resumed in Caracas on Monday. " +
            "Norway has facilitated the process since 2016. The Facilitator thanked both delegations for their patience.");
        Assert.Equal(["col-gov eln / nor / x-brokers role-noun / main-conflict"], processes);
    }

    [Fact]
    public void A_host_that_also_facilitates_is_a_mediator()
    {
        var processes = Processes("The Government of Colombia and the National Liberation Army (ELN) held talks in Caracas last week. " +
            "Both delegations thanked Cuba, which hosted and facilitated the talks.");
        Assert.Equal(["col-gov eln / cub / x-brokers / sentence"], processes);
    }

    [Fact]
    public void A_role_noun_with_no_mediator_named_anywhere_makes_no_process()
    {
        var processes = Processes("The Government of Colombia and the National Liberation Army (ELN) held talks in Caracas last week. " +
            "The Facilitator thanked both delegations for their patience.");
        Assert.Empty(processes);
    }

    [Theory]
    [InlineData("For the Republic of Chile: Ana Torres Vidal, Minister of Foreign Affairs", "ana-torres-vidal member-of chl")]
    [InlineData("For the Republic of Chile: Ana Torres Vidal, President", "ana-torres-vidal leads chl")]
    [InlineData("For the Republic of Chile: Ana Torres Vidal", "ana-torres-vidal member-of chl")]
    public void A_signature_line_gives_the_signatory_an_office_in_the_side_named(string line, string expected)
    {
        var result = ReportReader.ReadText("The two Parties signed the agreement in Lima on 3 March 2020.\n\n" + line);
        var offices = result.Relations.Where(r => r.Kind.Name is "leads" or "member-of").Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").ToList();
        Assert.Equal([expected], offices);
    }

    [Fact]
    public void Two_signature_lines_make_their_sides_negotiate()
    {
        var result = ReportReader.ReadText("The two Parties signed the agreement in Lima on 3 March 2020.\n\n" +
            "For the Republic of Chile: Ana Torres Vidal, Minister of Foreign Affairs\n\nFor the Republic of Peru: Luis Rojas Paz, President");
        var negotiations = result.Relations.Where(r => r.Kind == RelationVocabulary.Negotiates).Select(r => $"{r.Source} {r.Target}").ToList();
        Assert.Equal(["chl per"], negotiations);
    }
}
