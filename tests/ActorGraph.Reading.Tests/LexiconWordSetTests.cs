using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Tests;

/// <summary>The word sets that several recognisers used to spell out each on its own (months, weekdays, determiners,
/// quantifiers, name particles, the words of a body's description), now written once in <c>Lexicon/</c>: their sizes are
/// those of the lists they replaced, they are lower case (the recognisers compare token keys), and the recognisers still stop
/// a name at them. Sentences written for the test; the bodies and persons are made up.</summary>
public class LexiconWordSetTests
{
    public static TheoryData<string, int> Sizes => new()
    {
        { "months", 12 }, { "weekdays", 7 }, { "determiners", 10 }, { "quantifiers", 8 },
        { "particles", 23 }, // 22 replaced, then "arap" ("Daniel arap Moi") { "arabic-particles", 6 }, { "armed", 8 }, { "modifiers", 10 }, { "heads", 10 },
    };

    private static IReadOnlySet<string> Set(string name) => name switch
    {
        "months" => CalendarWords.Months,
        "weekdays" => CalendarWords.Weekdays,
        "determiners" => DeterminerWords.Determiners,
        "quantifiers" => DeterminerWords.Quantifiers,
        "particles" => NameParticles.All,
        "arabic-particles" => NameParticles.Arabic,
        "armed" => BodyDescriptionWords.Armed,
        "modifiers" => BodyDescriptionWords.Modifiers,
        "heads" => BodyDescriptionWords.Heads,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Each_set_keeps_the_size_of_the_lists_it_replaced(string name, int count) => Assert.Equal(count, Set(name).Count);

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Each_set_is_lower_case_as_the_token_keys_it_is_compared_with(string name, int _)
    {
        foreach (var word in Set(name)) Assert.Equal(word.ToLowerInvariant(), word);
    }

    [Theory]
    [InlineData("may", "months")]
    [InlineData("march", "months")]
    [InlineData("sunday", "weekdays")]
    [InlineData("their", "determiners")]
    [InlineData("neither", "quantifiers")]
    [InlineData("della", "particles")]
    [InlineData("bint", "arabic-particles")]
    [InlineData("guerrilla", "armed")]
    [InlineData("breakaway", "modifiers")]
    [InlineData("organisation", "heads")]
    public void A_word_is_in_its_set(string word, string set) => Assert.Contains(word, Set(set));

    [Theory]
    // "these"/"those" were in none of the three determiner lists; "other" only in DescribedBodies' own list.
    [InlineData("these", "determiners")]
    [InlineData("other", "quantifiers")]
    [InlineData("May", "months")]
    [InlineData("of", "particles")]
    [InlineData("de", "arabic-particles")]
    [InlineData("umbrella", "heads")]
    public void A_word_left_out_stays_out(string word, string set) => Assert.DoesNotContain(word, Set(set));

    [Fact]
    public void The_sets_that_recognisers_join_do_not_overlap()
    {
        Assert.Empty(CalendarWords.Months.Intersect(CalendarWords.Weekdays));
        Assert.Empty(DeterminerWords.Determiners.Intersect(DeterminerWords.Quantifiers));
        Assert.Empty(BodyDescriptionWords.Armed.Intersect(BodyDescriptionWords.Modifiers));
        Assert.True(NameParticles.Arabic.IsSubsetOf(NameParticles.All));
    }

    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    [Theory]
    [InlineData("On Monday the Government of Peru met the Workers' Party of Peru in Lima.", "Monday")]
    [InlineData("In March the Government of Peru met the Workers' Party of Peru in Lima.", "March")]
    [InlineData("The Government of Peru and the Workers' Party of Peru signed the accord. Neither Party shall resume hostilities.", "Neither")]
    [InlineData("The Government of Peru and the Workers' Party of Peru signed the accord. Each Party shall free its prisoners.", "Each")]
    public void A_month_a_weekday_or_a_quantifier_opens_no_name(string text, string word)
    {
        var result = Read(text);
        Assert.NotNull(result.Actors.FirstOrDefault(a => a.Name == "Workers' Party of Peru"));
        Assert.DoesNotContain(result.Actors, a => a.Name.Split(' ').Contains(word));
    }
}
