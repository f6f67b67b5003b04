using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14: people introduced by full name alone (no title, a given name the table lacks) are read when they are listed
/// with a person ("A, B and C"; "A, the founder; B, a priest"), and are then found again by surname. Sentences written for the
/// test, with counter-examples (a list of places, a lone unknown name).</summary>
public class ListedPersonTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static List<string> Persons(ReadingResult r) =>
        r.Actors.Where(a => a.Kind == Core.Model.ActorKind.Person).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_name_listed_after_a_person_is_a_person()
    {
        var persons = Persons(Read("The panel was made up of Olusegun Obasanjo, Zorvan Kettiwel and Phumzile Mlambo-Ngcuka."));
        Assert.Contains("Zorvan Kettiwel", persons);
    }

    [Fact]
    public void A_name_listed_before_a_person_with_a_given_name_is_a_person()
    {
        var persons = Persons(Read("The talks were chaired by Zorvan Kettiwel and Olusegun Obasanjo in Nairobi."));
        Assert.Contains("Zorvan Kettiwel", persons);
    }

    [Fact]
    public void An_item_of_a_semicolon_list_of_people_is_a_person_and_a_mediator()
    {
        var r = Read("The Mozambican government and the Renamo rebels signed the peace agreement in Rome. Four men served as mediators: Andrea Riccardi, the founder; Zorvan Kettiwel, a parish priest; and Jaime Gonçalves, a bishop.");
        Assert.Contains("Zorvan Kettiwel", Persons(r));
        Assert.Contains(r.Relations, x => x.Kind.Name == "mediates" && x.Source == "zorvan-kettiwel");
    }

    [Fact]
    public void The_listed_person_is_found_again_by_surname_as_a_mediator()
    {
        var r = Read("The Ethiopian government and the TPLF met in Nairobi. Olusegun Obasanjo, Zorvan Kettiwel and Phumzile Mlambo-Ngcuka were there. Kettiwel, who left office in September, played host as well as mediator this time.");
        Assert.Contains(r.Relations, x => x.Kind.Name == "mediates" && x.Source == "zorvan-kettiwel");
    }

    [Fact]
    public void A_name_particle_of_a_kalenjin_name_stays_in_the_name()
    {
        Assert.Contains("Daniel arap Moi", Persons(Read("Kenya's Daniel arap Moi pressed the rebels to return to the talks.")));
    }

    [Fact]
    public void Places_listed_after_a_person_are_not_persons()
    {
        var persons = Persons(Read("Olusegun Obasanjo visited Addis Ababa, Mekelle and Nairobi in one week."));
        Assert.DoesNotContain("Addis Ababa", persons);
        Assert.Equal(["Olusegun Obasanjo"], persons);
    }

    [Fact]
    public void An_unknown_name_alone_is_not_read_as_a_person()
    {
        Assert.DoesNotContain("Zorvan Kettiwel", Persons(Read("Zorvan Kettiwel arrived in Nairobi on Monday for the talks with Ethiopia.")));
    }

    [Fact]
    public void Two_listed_people_without_an_office_are_not_both_leaders()
    {
        var r = Read("The panel was chaired by Kofi Annan, with Zorvan Kettiwel and Benjamin Mkapa as its other members. The United States pressed both leaders to share power.");
        Assert.Contains("Zorvan Kettiwel", Persons(r));
        Assert.DoesNotContain(r.Relations, x => x.Kind.Name == "pressures" && x.Target == "zorvan-kettiwel");
    }
}
