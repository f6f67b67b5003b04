using ActorGraph.Reading.Plover;
using ActorGraph.Reading.Scoring;

namespace ActorGraph.Reading.Tests;

/// <summary>The PLOVER coder's frames and the deterministic development/held-out split, on sentences of our own.</summary>
public class PloverTests
{
    [Theory]
    [InlineData("The European Union imposed sanctions on Belarus on Monday.", "SANCTION")]
    [InlineData("Kenya suspended military aid to Somalia after the dispute.", "SANCTION")]
    [InlineData("Brazil said Paraguay must return the seized cargo within a week.", "DEMAND")]
    [InlineData("Chad said it would impose a trade embargo on Niger if the raids continue.", "THREATEN")]
    [InlineData("Serbia is ready to withdraw its police from the northern villages, officials said.", "AGREE")]
    [InlineData("The junta said it will not release the detained ministers.", "REJECT")]
    [InlineData("Rebels lifted their blockade of the northern highway on Friday.", "RETREAT")]
    [InlineData("Peru granted asylum to three opposition politicians.", "AID")]
    [InlineData("Police fired tear gas at protesters outside parliament.", "COERCE")]
    [InlineData("Government troops killed twelve rebels in heavy shelling near the border.", "FIGHT")]
    [InlineData("Gunmen killed a village chief near the market on Sunday.", "ASSAULT")]
    [InlineData("The Asia-Pacific Economic Cooperation forum condemned the test.", "DISAPPROVE")]
    [InlineData("Aid workers were kidnapped by gunmen near the camp on Tuesday.", "ASSAULT")]
    [InlineData("Protest leaders were arrested in the capital overnight.", "COERCE")]
    public void Codes_the_main_event_after_its_frame(string sentence, string category) =>
        Assert.Equal(category, PloverClassifier.Code(sentence).Category);

    /// <summary>The CAMEO 15 (show of force), 07 (aid) and 17 (coercion) verbs and objects beyond the first lexicon,
    /// and exercises held together (CAMEO 062) told from a show of force.</summary>
    [Theory]
    [InlineData("The army put its troops on high alert along the northern border.", "MOBILIZE")]
    [InlineData("Pakistan called up thousands of reservists after the clash.", "MOBILIZE")]
    [InlineData("India test-fired a long-range missile from an island off its east coast.", "MOBILIZE")]
    [InlineData("Turkey massed tanks and artillery near the Syrian frontier.", "MOBILIZE")]
    [InlineData("Russia and China held joint naval exercises in the Sea of Japan.", "COOPERATE")]
    [InlineData("The Iranian navy began exercises in the Strait of Hormuz.", "MOBILIZE")]
    [InlineData("Japan extended a $200 million loan to Kenya for a new port.", "AID")]
    [InlineData("Norway sent 40 tonnes of medical supplies to the flooded provinces.", "AID")]
    [InlineData("Ghana deployed 800 peacekeepers to the UN mission in Mali.", "AID")]
    [InlineData("The authorities confiscated the printing presses of the opposition weekly.", "COERCE")]
    [InlineData("The interior ministry revoked the citizenship of two exiled journalists.", "COERCE")]
    [InlineData("A court sentenced the former mayor to nine years in prison.", "COERCE")]
    public void Codes_shows_of_force_aid_and_coercion(string sentence, string category) =>
        Assert.Equal(category, PloverClassifier.Code(sentence).Category);

    /// <summary>Verbs outside the lexicon's phrases fall back on the CAMEO verb dictionary's category.</summary>
    [Theory]
    [InlineData("The foreign minister lauded the new border commission.", "SUPPORT")]
    [InlineData("Opposition leaders berated the electoral board over the count.", "DISAPPROVE")]
    public void Falls_back_on_the_cameo_verbs(string sentence, string category) =>
        Assert.Equal(category, PloverClassifier.Code(sentence).Category);

    /// <summary>The main event, not the first trigger: opening clauses, asides about an actor and triggers inside the
    /// subject are passed over; a verb that only reports a result ("killed") leaves the act to its subject.</summary>
    [Theory]
    [InlineData("Two days after the bombing of its embassy, Kenya recalled its ambassador from Sudan.", "SANCTION")]
    [InlineData("When the talks collapsed, the rebels shelled the airport.", "FIGHT")]
    [InlineData("Hours before the vote, police arrested forty opposition activists in the capital.", "COERCE")]
    [InlineData("Tunisia, which had criticised the raid, offered to host the negotiations.", "AGREE")]
    [InlineData("The minister, accused of corruption by the opposition, resigned on Monday.", "RETREAT")]
    [InlineData("The aid convoy was seized by militiamen at a checkpoint near Goma.", "COERCE")]
    [InlineData("Officials said the aid convoy was seized by militiamen on the road to Bunia.", "COERCE")]
    [InlineData("The protest movement, backed by the unions, called on the president to resign.", "DEMAND")]
    [InlineData("A car bomb near the market killed nine soldiers.", "ASSAULT")]
    [InlineData("Weeks of shelling forced thousands of villagers to flee into Uganda.", "FIGHT")]
    [InlineData("Mali agreed to meet the rebel leaders in Algiers next week.", "AGREE")]
    [InlineData("Chad refused to withdraw its troops from the border town.", "REJECT")]
    public void Codes_the_main_event_not_the_first_trigger(string sentence, string category) =>
        Assert.Equal(category, PloverClassifier.Code(sentence).Category);

    /// <summary>CAMEO 053 and 113: urging others to take a side codes the side; any other appeal stays a demand.</summary>
    [Theory]
    [InlineData("The Nigerian foreign minister urged African governments to recognise the new government in Niamey.", "SUPPORT")]
    [InlineData("A Hezbollah newspaper called on Arab states to unite against the Israeli government.", "DISAPPROVE")]
    [InlineData("A Hezbollah newspaper called Monday on Arab states to boycott the summit.", "DISAPPROVE")]
    [InlineData("The UN envoy urged donors to help the displaced families in Darfur.", "DEMAND")]
    public void An_appeal_to_take_a_side_codes_the_side(string sentence, string category) =>
        Assert.Equal(category, PloverClassifier.Code(sentence).Category);

    [Fact]
    public void A_reported_obligation_has_the_reporter_as_source_and_the_obliged_as_target()
    {
        var coding = PloverClassifier.Code("Greece said on Monday that Turkey must withdraw its ships from the disputed waters.");
        Assert.Equal("DEMAND", coding.Category);
        Assert.Equal(["Greece"], coding.Source);
        Assert.Equal(["Turkey"], coding.Target);
    }

    [Fact]
    public void A_passive_trigger_has_its_agent_as_source_and_its_subject_as_target()
    {
        var coding = PloverClassifier.Code("Pakistani troops were attacked by Taliban fighters near the border.");
        Assert.Equal("FIGHT", coding.Category);
        Assert.Equal(["Taliban fighters"], coding.Source);
        Assert.Equal(["Pakistani troops"], coding.Target);
        Assert.NotEqual(["Taliban"], PloverClassifier.Code("Pakistan is opposed to Taliban rule in the border districts.").Source);
    }

    [Fact]
    public void A_pronoun_in_a_reported_clause_stands_for_the_reporter()
    {
        var coding = PloverClassifier.Code("The Algerian president said he would expel the French ambassador.");
        Assert.Equal("THREATEN", coding.Category);
        Assert.Equal(["Algerian president"], coding.Source);
    }

    [Fact]
    public void Source_is_the_actor_before_the_trigger_and_target_the_first_after()
    {
        var coding = PloverClassifier.Code("Japan imposed sanctions on Russia on Friday.");
        Assert.Equal(["Japan"], coding.Source);
        Assert.Equal(["Russia"], coding.Target);
    }

    [Fact]
    public void The_split_is_deterministic_and_roughly_even()
    {
        var ids = Enumerable.Range(1, 400).Select(i => $"PLOVER-TEST-{i:D4}").ToList();
        var dev = ids.Count(id => PloverEvaluation.HalfOf(id) == PloverEvaluation.DevelopmentHalf);
        Assert.InRange(dev, 160, 240);
        Assert.All(ids, id => Assert.Equal(PloverEvaluation.HalfOf(id), PloverEvaluation.HalfOf(id)));
        Assert.Equal(PloverEvaluation.DevelopmentHalf, PloverEvaluation.HalfOf("a")); // FNV-1a("a") = 0xE40C292C, even
        Assert.Equal(PloverEvaluation.HeldOutHalf, PloverEvaluation.HalfOf("b")); // 0xE70C2DE5, odd
    }

    /// <summary>The source is the clause's subject phrase, without counts, times, appositions or a reduced passive; the
    /// target is the first named phrase after the trigger.</summary>
    [Theory]
    [InlineData("Hundreds of Tamil students marched on Tuesday to the governor's office.", "Tamil students", "")]
    [InlineData("Oman's sultan, Qaboos bin Said, hosted the Iranian president in Muscat.", "Oman's sultan", "Iranian president")]
    [InlineData("The Bolivian government on Friday expelled the American ambassador.", "Bolivian government", "American ambassador")]
    [InlineData("Armenia, a close ally of Moscow, criticised the Russian peacekeepers for their inaction.", "Armenia", "Russian peacekeepers")]
    [InlineData("Lawyers angered by the ruling marched to the Supreme Court in Islamabad.", "Lawyers", "Supreme Court")]
    [InlineData("Vietnam refused to meet Chinese negotiators in Hanoi.", "Vietnam", "Chinese negotiators")]
    [InlineData("Zambia imposed sanctions on Malawi, officials in Lusaka said.", "Zambia", "Malawi")]
    [InlineData("The United States on Thursday condemned the coup in Niger.", "United States", "Niger")]
    [InlineData("Five hundred Ugandan soldiers withdrew from the Congolese border on Monday.", "Ugandan soldiers", "Congolese border")]
    // Seventh round: a trigger naming the doers, a quantity alone, an "al-" name, one's own people moved, doers after "by".
    [InlineData("Armed men abducted four civilians near Kidal.", "Armed men", "civilians")]
    [InlineData("A suicide bomber struck a crowded market, killing 20 shoppers.", "suicide bomber", "")]
    [InlineData("Tens of thousands rallied outside the parliament.", "thousands", "parliament")]
    [InlineData("Dozens marched to the presidential palace.", "Dozens", "")]
    [InlineData("A checkpoint was stormed by al-Qaeda militants.", "al-Qaeda militants", "checkpoint")]
    [InlineData("Chad sent 500 soldiers to Niger on Monday.", "Chad", "Niger")]
    [InlineData("The UN evacuated its staff and aid workers from Khartoum.", "UN", "Khartoum")]
    [InlineData("The governor ordered patrols by soldiers and police officers in the port.", "governor", "")]
    public void Source_is_the_subject_phrase_and_target_the_first_named_phrase_after(string sentence, string source, string target)
    {
        var coding = PloverClassifier.Code(sentence);
        Assert.Equal([source], coding.Source);
        Assert.Equal(target.Length == 0 ? [] : [target], coding.Target);
    }

    /// <summary>Back-references inside the sentence: a pronoun, a possessive or a nameless "the group" in a reported
    /// clause stands for the speaker; a trigger that names the actors ("gunmen") stays in the subject.</summary>
    [Theory]
    [InlineData("The Polish government said it would expel two Belarusian diplomats.", "Polish government")]
    [InlineData("Chadian rebels said their fighters had withdrawn from the town of Abeche.", "Chadian rebels fighters")]
    [InlineData("The rebels said the group would free the Swiss hostages.", "rebels")]
    [InlineData("Police said gunmen shot dead a local councillor in the market.", "gunmen")]
    public void A_reference_in_a_reported_clause_stands_for_the_speaker(string sentence, string source) =>
        Assert.Equal([source], PloverClassifier.Code(sentence).Source);

    [Fact]
    public void A_pair_acting_together_is_the_source_and_leaves_no_target()
    {
        var coding = PloverClassifier.Code("Peru and Ecuador resumed talks on their border in Brasilia.");
        Assert.Equal("CONSULT", coding.Category);
        Assert.Equal(["Peru and Ecuador"], coding.Source);
        Assert.Empty(coding.Target);
    }

    [Fact]
    public void An_obligation_binds_the_subject_after_that()
    {
        var coding = PloverClassifier.Code("Norway said on Monday that Kenya and Uganda must free all detainees.");
        Assert.Equal("DEMAND", coding.Category);
        Assert.Equal(["Norway"], coding.Source);
        Assert.Equal(["Kenya and Uganda"], coding.Target);
    }

    [Fact]
    public void An_announced_decision_is_the_act_and_a_conditional_one_a_threat()
    {
        Assert.Equal("SANCTION", PloverClassifier.Code("Japan announced it would impose sanctions on Iran.").Category);
        Assert.Equal("THREATEN", PloverClassifier.Code("Japan announced it would impose sanctions on Iran if the tests continue.").Category);
        Assert.Equal("THREATEN", PloverClassifier.Code("Japan said it would impose sanctions on Iran.").Category);
    }

    /// <summary>What counts as the same actor: every gold word within five extra words, or part of the gold phrase that
    /// keeps its head; never a pronoun; every found actor must match.</summary>
    [Theory]
    [InlineData("Putin", "Russian President Vladimir Putin", true)]
    [InlineData("Ousted President Askar Akayev", "President Askar Akayev", true)]
    [InlineData("Rebels in the Ivory Coast", "Rebels", true)]
    [InlineData("Hundreds of thousands of people in Hong Kong", "people", true)]
    [InlineData("Israeli police", "Israeli", false)]
    [InlineData("US", "us", false)]
    [InlineData("US", "US", true)]
    [InlineData("Iran", "a long list of the many states that met in Vienna with Iran", false)]
    [InlineData("Russia", "US", false)]
    public void Actors_match_by_words_and_head(string gold, string found, bool match) =>
        Assert.Equal(match, PloverActorMatch.Actor(gold, found));

    [Fact]
    public void A_slot_matches_only_when_every_found_actor_does()
    {
        Assert.True(PloverActorMatch.Slot([], []));
        Assert.False(PloverActorMatch.Slot([], ["Iran"]));
        Assert.False(PloverActorMatch.Slot(["Iran"], []));
        Assert.True(PloverActorMatch.Slot(["Iran", "Iraq"], ["Iraq"]));
        Assert.False(PloverActorMatch.Slot(["Iran"], ["Iran", "Iraq"]));
    }

    /// <summary>Per category over all 322 gold records: category, source and target accuracy at least these (a little
    /// below what the coder reaches, docs/reading.md), so that a rule change that loses records fails here.</summary>
    [Fact]
    public void Gold_records_meet_their_minimum_accuracy_per_category()
    {
        var path = ActorGraph.TestSupport.RepositoryPaths.Combine("..", "shared", "real-data", "plover", "PLOVER_GSR_CAMEO.json");
        var scores = PloverEvaluation.Run(path).ToDictionary(c => c.Category);
        var failures = new List<string>();
        foreach (var (category, minimum) in Minimums)
        {
            var c = scores[category];
            var (cat, src, tgt) = ((double)c.CategoryRight / c.Records, (double)c.SourceRight / c.Records, (double)c.TargetRight / c.Records);
            if (cat < minimum.Category || src < minimum.Source || tgt < minimum.Target)
                failures.Add($"{category}: {cat:F2} / {src:F2} / {tgt:F2} below {minimum.Category:F2} / {minimum.Source:F2} / {minimum.Target:F2}");
        }
        Assert.True(failures.Count == 0, string.Join("; ", failures));
        Assert.Equal(18, scores.Count);
    }

    private static readonly (string Category, (double Category, double Source, double Target) Minimum)[] Minimums =
    [
        ("AGREE", (0.95, 0.95, 0.90)),
        ("AID", (0.70, 0.90, 0.80)),
        ("ASSAULT", (0.93, 0.63, 0.60)),
        ("COERCE", (0.83, 0.94, 0.77)),
        ("CONCEDE", (0.83, 0.96, 0.83)),
        ("CONSULT", (0.87, 0.77, 0.72)),
        ("COOPERATE", (0.96, 0.71, 0.71)),
        ("DEMAND", (0.94, 0.94, 0.91)),
        ("DISAPPROVE", (0.75, 0.89, 0.81)),
        ("FIGHT", (0.76, 0.96, 0.82)),
        ("INVESTIGATE", (0.96, 0.66, 0.44)),
        ("MOBILIZE", (0.50, 0.96, 0.83)),
        ("PROTEST", (0.89, 0.89, 0.55)),
        ("REJECT", (0.88, 0.94, 0.75)),
        ("RETREAT", (0.67, 0.64, 0.50)),
        ("SANCTION", (0.92, 0.96, 0.89)),
        ("SUPPORT", (0.75, 0.91, 0.88)),
        ("THREATEN", (0.79, 0.93, 0.79)),
    ];

    [Fact]
    public void Gold_records_meet_their_minimum_accuracy_on_both_halves()
    {
        var path = ActorGraph.TestSupport.RepositoryPaths.Combine("..", "shared", "real-data", "plover", "PLOVER_GSR_CAMEO.json");
        static double Rate(IReadOnlyList<PloverEvaluation.CategoryScore> s, Func<PloverEvaluation.CategoryScore, int> right) => (double)s.Sum(right) / s.Sum(c => c.Records);
        var dev = PloverEvaluation.Run(path, PloverEvaluation.DevelopmentHalf);
        var held = PloverEvaluation.Run(path, PloverEvaluation.HeldOutHalf);
        Assert.True(Rate(dev, c => c.CategoryRight) >= 0.95, $"development half {Rate(dev, c => c.CategoryRight):F2}");
        Assert.True(Rate(held, c => c.CategoryRight) >= 0.83, $"held-out half {Rate(held, c => c.CategoryRight):F2}");
        Assert.True(Rate(held, c => c.SourceRight) >= 0.91, $"held-out source {Rate(held, c => c.SourceRight):F2}");
        Assert.True(Rate(held, c => c.TargetRight) >= 0.82, $"held-out target {Rate(held, c => c.TargetRight):F2}");
        Assert.Equal(Rate(PloverEvaluation.Run(path), c => c.CategoryRight), (Rate(dev, c => c.CategoryRight) * 156 + Rate(held, c => c.CategoryRight) * 166) / 322, 3);
    }
}
