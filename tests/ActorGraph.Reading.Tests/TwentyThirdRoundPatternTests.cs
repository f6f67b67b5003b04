using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The twenty-third round's rules (docs/reading.md, "Reports round 23"), on sentences written for the test (other
/// conflicts than reports 71-76), with counter-examples: a person named only by a relative clause of chairing or moderating the
/// talks; the talks or the mediation "led / conducted by X (on behalf of Y)"; "served as co-chairman of the conference"; a title
/// held for two bodies at once ("the joint AU-UN special envoy"); church ranks; hosts and chairs a few words before a talks noun
/// are no side of the talks; an "until" date after a mediation cue does not start a second process; the broker of talks ("talks
/// brokered by X's President Y") is no side of them; "the signing of the Agreement by A and B" is A and B's negotiation.</summary>
public class TwentyThirdRoundPatternTests
{
    private const string Opening = "Peru and Ecuador resumed talks on their border in Brasilia on 3 March 1998. ";

    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    private static List<string> Ties(ReadingResult result) =>
        result.Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").ToList();

    private static IEnumerable<string> Mediators(ReadingResult result) => result.Processes.SelectMany(p => p.Mediators);

    [Fact]
    public void A_name_with_a_relative_clause_of_moderating_the_talks_is_a_mediating_person()
    {
        var result = Read(Opening + "Marta Lindqvist, who has moderated the negotiations since 1996, said the sides were close.");
        var id = Id(result, "Marta Lindqvist");
        Assert.NotNull(id);
        Assert.Contains(id, Mediators(result));
        Assert.Contains($"{id} mediates per", Ties(result));
    }

    [Fact]
    public void Co_chairing_the_talks_in_a_relative_clause_makes_a_titled_person_a_mediator()
    {
        var result = Read(Opening + "Brazil's Foreign Minister, Luiz Felipe Lampreia, who co-chaired the talks with the Argentine envoy, spoke first.");
        var id = Id(result, "Luiz Felipe Lampreia");
        Assert.NotNull(id);
        Assert.Contains(id, Mediators(result));
    }

    [Fact]
    public void Chairing_a_committee_or_daily_sessions_is_no_mediation_and_names_no_person()
    {
        var result = Read(Opening + "Hans Olsen, who chaired the trade committee, said exports had doubled.");
        // The person-name finder reads "Hans Olsen" (a given name, ", who"): a person, but no mediator.
        Assert.DoesNotContain(Id(result, "Hans Olsen") ?? "-", Mediators(result));
        var sessions = Read(Opening + "Brazil's Foreign Minister, Luiz Felipe Lampreia, who chaired the daily sessions, spoke first.");
        Assert.DoesNotContain(Id(sessions, "Luiz Felipe Lampreia") ?? "-", Mediators(sessions));
    }

    [Fact]
    public void Negotiations_led_by_a_named_minister_make_the_minister_a_mediator_but_a_delegation_led_by_one_does_not()
    {
        var led = Read(Opening + "The negotiations were led by Lena Hjelm-Wallen, the Swedish Foreign Minister.");
        var id = Id(led, "Lena Hjelm-Wallen");
        Assert.NotNull(id);
        Assert.Contains(id, Mediators(led));
        var delegation = Read(Opening + "The Peruvian negotiators were led by Fernando de Trazegnies, the Peruvian Foreign Minister.");
        Assert.DoesNotContain(Id(delegation, "Fernando de Trazegnies") ?? "-", Mediators(delegation));
    }

    [Fact]
    public void Serving_as_co_chairman_of_the_conference_is_mediation()
    {
        var result = Read(Opening + "Brazil's special envoy, Ivan Cannabrava, served as co-chairman of the conference.");
        var id = Id(result, "Ivan Cannabrava");
        Assert.NotNull(id);
        Assert.Contains(id, Mediators(result));
    }

    [Fact]
    public void A_mediation_conducted_on_behalf_of_a_state_by_a_cardinal_until_a_date_is_one_process()
    {
        var result = Read(Opening + "The mediation was conducted on behalf of the Holy See by Cardinal Pietro Moretti until his retirement in May 1999.");
        var cardinal = Id(result, "Pietro Moretti");
        Assert.NotNull(cardinal);
        var process = Assert.Single(result.Processes);
        Assert.Contains(cardinal, process.Mediators);
        Assert.Contains(Id(result, "Holy See"), process.Mediators);
    }

    [Fact]
    public void A_title_held_for_two_bodies_gives_a_person_of_the_first()
    {
        var result = Read("Sudan and Chad met in Doha. Kwame Mensah Boateng, the joint AU-UN special envoy, welcomed the meeting.");
        var person = Assert.Single(result.Actors, a => a.Name == "Kwame Mensah Boateng");
        Assert.Contains(Ties(result), t => t == $"{person.Id} member-of african-union");
        var one = Read("Sudan and Chad met in Doha. Kwame Mensah Boateng, the joint special envoy, welcomed the meeting.");
        Assert.DoesNotContain(one.Actors, a => a.Name == "Kwame Mensah Boateng" && Ties(one).Any(t => t.StartsWith(a.Id, StringComparison.Ordinal) && t.Contains("member-of", StringComparison.Ordinal)));
    }

    [Fact]
    public void Church_ranks_name_persons()
    {
        var result = Read("Peru and Ecuador thanked Pope Benedict XVI and His Eminence Cardinal Pietro Moretti for their prayers.");
        Assert.Contains(result.Actors, a => a.Name == "Pietro Moretti");
        Assert.DoesNotContain(result.Actors, a => a.Name.Contains("Eminence", StringComparison.Ordinal));
        Assert.Contains(result.Actors, a => a.Name.StartsWith("Benedict", StringComparison.Ordinal));
    }

    [Fact]
    public void Hosts_of_rounds_of_the_talks_do_not_negotiate_with_each_other()
    {
        var result = Read(Opening + "The Governments of Chile and Argentina also hosted several rounds of the talks.");
        Assert.DoesNotContain(Ties(result), t => t is "chl negotiates arg" or "arg negotiates chl");
        var sides = Read("Chile and Argentina held several rounds of talks in 1984.");
        Assert.Contains(Ties(sides), t => t is "chl negotiates arg" or "arg negotiates chl");
    }

    [Fact]
    public void One_who_moderates_the_talks_on_behalf_of_a_body_does_not_negotiate_with_it()
    {
        var result = Read(Opening + "Marta Lindqvist, who has moderated the negotiations on behalf of the United Nations, said the sides were close.");
        var id = Id(result, "Marta Lindqvist");
        Assert.NotNull(id);
        Assert.DoesNotContain(Ties(result), t => t.StartsWith(id + " negotiates", StringComparison.Ordinal));
    }

    [Fact]
    public void The_broker_of_the_talks_and_the_state_its_president_heads_are_no_side_of_them()
    {
        var result = Read("Peruvian President Alberto Fujimori and Ecuadorian President Jamil Mahuad put their names to the accord after months of "
            + "indirect talks brokered by Brazil's President Fernando Henrique Cardoso, who led the effort as chairman of the guarantor group.");
        var ties = Ties(result);
        Assert.DoesNotContain(ties, t => t.Contains("negotiates", StringComparison.Ordinal) && (t.Contains("bra", StringComparison.Ordinal) || t.Contains("cardoso", StringComparison.Ordinal)));
        var process = Assert.Single(result.Processes);
        Assert.DoesNotContain("bra", process.Parties);
        Assert.Contains(Id(result, "Fernando Henrique Cardoso"), process.Mediators);
        var later = Read("Peru and Ecuador signed the accord after talks brokered by Brazil. Brazil and Peru held talks on trade in May 1998.");
        Assert.Contains(Ties(later), t => t is "bra meets per" or "per meets bra" or "bra negotiates per" or "per negotiates bra");
    }

    [Fact]
    public void The_signing_of_an_agreement_by_two_sides_is_their_negotiation()
    {
        var result = Read("The Secretary-General welcomes the signing in Lima today of the Peace Agreement by the Government of Peru and the Andean Liberation Front (ALF).");
        var front = Id(result, "Andean Liberation Front");
        Assert.NotNull(front);
        Assert.Contains(Ties(result), t => t.Contains(" negotiates ", StringComparison.Ordinal) && t.Contains(front, StringComparison.Ordinal) && t.Contains("per", StringComparison.Ordinal));
        var visit = Read("The Secretary-General welcomes the signing of the visitors' book by the Government of Peru and the Andean Liberation Front (ALF).");
        Assert.DoesNotContain(Ties(visit), t => t.Contains(" negotiates ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rank_word_opening_a_body_name_names_no_person()
    {
        var result = Read(Opening + "The minister thanked the General Command of the rebel army and the General Staff of Peru for their restraint.");
        Assert.DoesNotContain(result.Actors, a => a.Name is "Command" or "Staff" || a.Name.StartsWith("Command ", StringComparison.Ordinal));
        var person = Read(Opening + "General Romero Vargas of Peru said the sides were close.");
        Assert.Contains(person.Actors, a => a.Name == "Romero Vargas");
    }
}
