namespace ActorGraph.Reading.Tests;

/// <summary>The twentieth round's rules (relations), on sentences written for the test (not taken from any report): body names
/// that hold a date, offices held "then" or "current", possessive titles with the holder's name after them, the sides two people
/// stand for, and an acronym in brackets written in several tokens.</summary>
public class TwentiethRoundPatternTests
{
    private static List<string> Ties(string text) => ReadTies.Plain(text);

    private static List<string> Names(string text) => ReportReader.ReadText(text).Actors.Select(a => a.Name).ToList();

    [Fact]
    public void A_body_whose_name_begins_with_a_day_and_month_is_one_body()
    {
        Assert.Contains("26 July Movement", Names("The 26 July Movement attacked the Moncada barracks in July 1953."));
        Assert.Contains("April 6 Coalition", Names("The governing April 6 Coalition rejected the proposal of the opposition."));
    }

    [Fact]
    public void A_date_before_a_word_that_is_no_bodys_head_stays_a_date()
    {
        var names = Names("On 5 May Council members met Egypt's foreign minister in Geneva.");
        Assert.DoesNotContain(names, n => n.Contains("May", StringComparison.Ordinal));
    }

    [Fact]
    public void The_opposition_named_by_a_date_keeps_its_whole_name()
    {
        var names = Names("The opposition March 8 Alliance walked out of the cabinet in Beirut in November 2006.");
        Assert.Contains("March 8 Alliance", names);
        Assert.DoesNotContain("March", names);
    }

    [Fact]
    public void An_office_held_then_is_an_office()
    {
        var ties = Ties("The summit opened under Senegal's President Macky Sall, then the Chairman of the African Union.");
        Assert.Contains("macky-sall leads african-union", ties);
    }

    [Fact]
    public void A_former_office_is_no_office()
    {
        var ties = Ties("Olusegun Obasanjo, a former Chairman of the African Union, attended the summit.");
        Assert.DoesNotContain(ties, t => t.StartsWith("olusegun-obasanjo leads", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_office_held_currently_is_read_after_and()
    {
        var ties = Ties("The summit was chaired by Macky Sall, President of Senegal and current Chairperson of the African Union.");
        Assert.Contains("macky-sall leads sen", ties);
        Assert.Contains("macky-sall leads african-union", ties);
    }

    [Fact]
    public void His_two_titles_joined_by_and_then_a_name_give_the_named_holder()
    {
        var text = "The talks were chaired by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and by his Prime Minister and Foreign "
            + "Minister, Sheikh Mohammed bin Abdulrahman Al Thani.";
        Assert.Contains("mohammed-bin-abdulrahman-al-thani member-of qat", Ties(text));
        Assert.DoesNotContain(Names(text), n => n.Contains("prime minister", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Its_title_right_before_a_name_gives_the_holder_of_the_body_named_before()
    {
        var ties = Ties("The Arab League sent a mission to Khartoum, with its Secretary-General Ahmed Aboul Gheit, in April.");
        Assert.Contains("ahmed-aboul-gheit leads arl", ties);
    }

    [Fact]
    public void Two_people_who_lead_the_sides_negotiate_for_their_sides()
    {
        var ties = Ties("The Government of Colombia and the FARC fought for five decades. President Juan Manuel Santos of Colombia and "
            + "FARC commander Rodrigo Londoño negotiated in person in Havana in 2016. In Bogotá, the two sides signed a ceasefire.");
        Assert.Contains("juan-manuel-santos negotiates rodrigo-londono", ties);
        Assert.Contains("col negotiates farc", ties);
        // "the two sides" after the two people are the sides they stand for, not the people.
        Assert.Contains("col agrees-ceasefire farc", ties);
        Assert.DoesNotContain("juan-manuel-santos agrees-ceasefire rodrigo-londono", ties);
    }

    [Fact]
    public void One_person_with_an_office_and_one_without_take_the_pair_of_sides_in_view()
    {
        var ties = Ties("The Government of Colombia and the FARC fought for five decades. Vice-President Óscar Naranjo and FARC "
            + "commander Rodrigo Londoño negotiated in person in Havana in 2016.");
        Assert.Contains("oscar-naranjo negotiates rodrigo-londono", ties);
        Assert.Contains(ties, t => t is "col-gov negotiates farc" or "farc negotiates col-gov");
    }

    [Fact]
    public void Two_people_with_no_office_stand_for_no_side()
    {
        var ties = Ties("The Government of Colombia and the FARC fought for five decades. Senator Juan Manuel Santos and Senator "
            + "Álvaro Leyva negotiated a book contract in 2016.");
        Assert.Contains("juan-manuel-santos negotiates alvaro-leyva", ties);
        Assert.DoesNotContain(ties, t => t.Contains("negotiates farc", StringComparison.Ordinal) || t.StartsWith("farc negotiates", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_of_several_tokens_in_brackets_does_not_break_the_subject_list()
    {
        var ties = Ties("The Government of Rwanda and the Popular Front for Democracy (PFD/A) have fought a war since 1994.");
        Assert.Contains(ties, t => t is "rwa-gov armed-conflict popular-front-for-democracy" or "popular-front-for-democracy armed-conflict rwa-gov");
    }

    [Fact]
    public void What_an_agreement_lists_after_a_colon_has_the_agreeing_sides_as_subject()
    {
        var ties = Ties("Last week the Government of Colombia and the FARC reached agreement on three points: a ceasefire in Cauca, an "
            + "exchange of prisoners and a joint commission.");
        Assert.Contains(ties, t => t is "col-gov agrees-ceasefire farc" or "farc agrees-ceasefire col-gov");
    }

    [Fact]
    public void A_list_after_a_colon_whose_clause_agreed_nothing_has_no_subject()
    {
        var ties = Ties("The FARC and the Government of Colombia listed three topics: a ceasefire to be signed in May, prisoners and land.");
        Assert.DoesNotContain(ties, t => t.Contains("agrees-ceasefire", StringComparison.Ordinal));
    }

    [Fact]
    public void Acting_both_as_two_offices_gives_both()
    {
        var ties = Ties("Macky Sall, acting both as President of Senegal and as Chairperson of the African Union, flew to Addis Ababa on 3 May.");
        Assert.Contains("macky-sall leads sen", ties);
        Assert.Contains("macky-sall leads african-union", ties);
    }

    [Fact]
    public void Another_persons_state_alone_is_not_the_state_of_a_president_with_no_country()
    {
        var ties = Ties("Macky Sall, acting as President of Senegal, flew to Banjul on 3 May. There President Ana Ruiz accepted the plan, "
            + "and Sall carried it to Bissau the same night.");
        Assert.DoesNotContain(ties, t => t.StartsWith("ana-ruiz leads", StringComparison.Ordinal));
    }
}
