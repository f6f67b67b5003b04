using System.Text.RegularExpressions;
using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Rules;

/// <summary>ActorGraph's relation rules: verbs and nouns of the seed vocabulary with the argument shapes
/// around them. General English patterns, not phrases of any one report.</summary>
internal static partial class RelationRules
{
    [GeneratedRegex(@"\b(agree[ds]?|agreeing|agreement|sign(?:ed|ing|s)?|reach(?:ed)?|declared?|announce(?:d|ment)?|implement(?:ation|ed|ing)?|accept(?:ed|s)?|recogni[sz]e|brokered|concluded|establish(?:ed)?|observe[sd]?|holding|held|t(?:ook|akes|aken) effect|(?:came|come|comes|entered|enters) into (?:force|effect)|went into effect)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AgreementWords();

    [GeneratedRegex(@"\b(?<!(?:cease-?fire|truce|armistice) )(?:agreements?|accords?|deal|treaty|peace deal)\s+(?:(?:signed|reached|concluded|struck)\s+)?between\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgreementBetweenTrigger();

    /// <summary>What "agreed to ..." may be followed by without being a deal: agreeing to talk, or to stop fighting (a ceasefire's own words).</summary>
    public const string NotADeal = "hold|attend|meet|talk|continue|consider|discuss|negotiate|begin|start|open|resume|launch|enter|end|stop|cease|a|an|the";

    /// <summary>What a call on someone asks when it is a demand rather than an appeal: to respect, stop, end, withdraw...
    /// ("We call on ASEAN Member States to provide support" stays an appeal).</summary>
    private const string DemandedAct = @" (?:[\w.'’-]+ ){1,5}to (?:respect|stop|end|halt|cease|withdraw|refrain|release|free|comply|abide|lift|return|hand over|implement|honou?r|abandon|reverse|initial|sign|join (?:the |a )?(?:[\w-]+ ){0,2}(?:talks|negotiations|process|dialogue|agreement))\b";

    public static IReadOnlyList<RelationRule> All { get; } =
    [
        // A ceasefire stops the fighting; a peace agreement (or treaty, framework, settlement) ends the dispute by
        // negotiated terms, often after a ceasefire and often without one: it is read as the parties' negotiation
        // ("directly or through intermediaries"), never as a ceasefire, unless the text also names a ceasefire.
        new("ceasefire-agreed", CeasefireAgreedTrigger(), RelationVocabulary.AgreesCeasefire, 0.8)
            { Pair = true, SubjectObject = false, Requires = AgreementWords() },
        new("peace-agreement", PeaceAgreementTrigger(), RelationVocabulary.Negotiates, 0.7)
            { Pair = true, SubjectObject = false, Requires = AgreementWords() },
        // A deal that is neither a ceasefire nor a peace agreement ("agreed on Friday to re-establish diplomatic
        // relations", "signed an agreement on trade"): the parties work together towards what they agreed. An agreement
        // named as a ceasefire, truce or armistice agreement is left to the ceasefire rule (a peace agreement is kept: golds
        // differ on whether its signatories cooperate).
        new("deal-agreed", DealAgreedTrigger(), RelationVocabulary.Cooperates, 0.7)
            { Pair = true, SubjectObject = false },
        // Signing an agreement ends a negotiation between the signatories.
        new("agreement-signed", SignedAgreementTrigger(), RelationVocabulary.Negotiates, 0.65)
            { Pair = true, SubjectObject = false },
        // "the Pretoria agreement between the Ethiopian government and the TPLF", "a deal reached between A and B": an
        // agreement named with its two sides was negotiated by them (a ceasefire agreement is left to the ceasefire rule).
        new("agreement-between", AgreementBetweenTrigger(), RelationVocabulary.Negotiates, 0.65)
            { Pair = true, SubjectObject = false },
        new("hostilities-between", HostilitiesBetweenTrigger(), RelationVocabulary.ArmedConflict, 0.7)
            { Pair = true, SubjectObject = false, FixedModality = Modality.Reported },
        new("fought-with", FoughtWithTrigger(), RelationVocabulary.ArmedConflict, 0.7),
        new("attack", AttackTrigger(), RelationVocabulary.Attacks, 0.75),
        // "yesterday's meeting in Argyle, St. Vincent and the Grenadines, between X and Y": the place between noun and pair.
        new("meet", MeetTrigger(), RelationVocabulary.Meets, 0.75)
            { Pair = true },
        // A meeting, a summit or a chair "brought together" two delegations: a communiqué's way of saying the sides met.
        new("brought-together", BroughtTogetherTrigger(), RelationVocabulary.Meets, 0.7)
            { Pair = true, SubjectObject = false, ObjectPair = true },
        new("negotiate", NegotiateTrigger(), RelationVocabulary.Negotiates, 0.65)
            { Pair = true, MainPairFallback = true },
        // A call is engagement ("spoke today with", "held a phone call with"); "called on X to respect/stop/..." is a demand (below).
        new("engage", EngageTrigger(), RelationVocabulary.Engages, 0.7),
        new("pressure", PressureTrigger(), RelationVocabulary.Pressures, 0.7)
            { FromIsSource = true },
        // "ordered Iran to free them", "calls on Venezuela to respect the order", "insisted that the claims be settled first".
        new("demand", DemandTrigger(), RelationVocabulary.Demands, 0.65)
            { CounterpartFallback = true },
        // "would not" inside what is demanded or promised ("demanded guarantees that Russia would not use the corridors") is
        // the content of the demand, not a refusal (the look-behind runs only where "would not" matched: it is cheap).
        new("reject", RejectTrigger(), RelationVocabulary.Rejects, 0.65)
            { ProposerFallback = true, CounterpartFallback = true, FixedModality = Modality.Reported },
        new("accuse", AccuseTrigger(), RelationVocabulary.Accuses, 0.8)
            { FixedModality = Modality.Reported },
        new("support", SupportTrigger(), RelationVocabulary.Supports, 0.6),
        new("cooperate", CooperateTrigger(), RelationVocabulary.Cooperates, 0.6)
            { Pair = true },
        new("aid", AidTrigger(), RelationVocabulary.Aids, 0.6),
        new("sanction", SanctionTrigger(), RelationVocabulary.Sanctions, 0.7),
        new("threaten", ThreatenTrigger(), RelationVocabulary.Threatens, 0.65),
    ];

    /// <summary>Proposals ("stepped in with the proposal that"), remembered for a later refusal.</summary>
    public static Regex Proposal { get; } = ProposalWords();

    /// <summary>War words that turn an attack into the start of an armed conflict ("the conflict, which escalated after X's attack on Y").</summary>
    public static Regex ConflictWords { get; } = WarOrConflictWords();

    // The triggers, source-generated (compiled at build time, so neither a start-up JIT nor an interpreter).
    [GeneratedRegex(@"\b(?:cease-?fires?|truces?|armistice|cessation of (?:active )?hostilities)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CeasefireAgreedTrigger();

    [GeneratedRegex(@"\b(?:peace (?:agreement|deal|accord|treaty|settlement|plan)s?|(?:framework|final|comprehensive) (?:peace )?(?:agreements?|deals?|accords?)|treaty of peace)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeaceAgreementTrigger();

    [GeneratedRegex(@"\b(?:agree[ds]?(?: on \w+day)? to (?!(?:" + NotADeal + @")\b)|(?:reached|signed|struck|concluded|sealed) (?:an? |the )?(?:(?!(?:cease-?fire|truce|armistice)\b)\w+(?:-\w+)? ){0,2}(?:agreement|deal|accord)(?! on (?:a )?(?:cease-?fire|truce)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DealAgreedTrigger();

    [GeneratedRegex(@"\b(?:signed|concluded) (?:an? |the )?(?:\w+(?:-\w+)? ){0,2}(?:agreement|accord|treaty)\b(?! on (?:a )?(?:cease-?fire|truce))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignedAgreementTrigger();

    [GeneratedRegex(@"\b(?:(?<!(?:prisoners?|crimes?|criminals?) of )wars?(?! crimes?| criminals?)|conflict|fighting|hostilities|clash(?:es|ed)?|fought|battled?|at war)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostilitiesBetweenTrigger();

    [GeneratedRegex(@"\b(?:fought|clashed|battled|at war|went to war|waged war)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FoughtWithTrigger();

    [GeneratedRegex(@"\b(?:attack(?:s|ed|ing)?|struck|strikes?|bomb(?:s|ed|ing)|shell(?:s|ed|ing)|invade[sd]?|invasion of|raid(?:s|ed)?|assault(?:s|ed)?|shot down|fired (?:rockets|missiles|shells) (?:at|on|into)|offensive (?:against|on))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttackTrigger();

    [GeneratedRegex(@"\b(?:met|meets?|meeting (?:with|between)|meeting (?:in|at) (?:[\w.'’-]+,? ){1,8}between|held talks|hold talks|holds talks|talks with|engaged in talks|conferred|came together|come together|briefed|(?:heard|received) a briefing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetTrigger();

    [GeneratedRegex(@"\b(?:(?:brought|brings|bring|bringing) together)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BroughtTogetherTrigger();

    [GeneratedRegex(@"\b(?:negotiat(?:e|es|ed|ing|ions?)|peace talks|dialogue|the talks|talks between|rounds? of (?:\w+ )?talks|(?:days|weeks|months) of (?:consultations|(?:\w+ )?talks)|(?:proximity|indirect) talks|(?:resumed|resume|began|begin|opened|open|started|start) (?:formal |direct |peace )?talks)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegotiateTrigger();

    [GeneratedRegex(@"\b(?:engage[sd]? with|engaging with|asked|call(?:ed|s)? on(?!" + DemandedAct + @")|urg(?:ed|es|e)(?!" + DemandedAct + @")|appeal(?:ed|s)? to(?!" + DemandedAct + @")|reached out to|consult(?:ed|s)? with|invited|spok(?:e|en)(?: \w+day| today| yesterday| by (?:tele)?phone)? with|(?:held|had) an? (?:phone |telephone |video )?call with|talked (?:by (?:tele)?phone )?with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EngageTrigger();

    [GeneratedRegex(@"\b(?:pressure[sd]?|pressuring|pressing|pressed|forced|compelled|coerced)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PressureTrigger();

    [GeneratedRegex(@"\b(?:(?<!\b(?:the|this|that|these|those) )demand(?:s|ed|ing)?|insist(?:s|ed)? (?:on|that)|request(?:s|ed)? that|requir(?:es|ed) that|order(?:s|ed)?(?= (?:[\w.'’-]+ ){1,5}to [a-z])|(?:call(?:ed|s)? on|urg(?:ed|es|e)|appeal(?:ed|s)? to)(?=" + DemandedAct + @"))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DemandTrigger();

    [GeneratedRegex(@"\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|turned down|dismiss(?:es|ed)|(?:would not|will not|won't)(?<!\b(?:guarantees?|assurances?|demand\w*|insist\w*|ask\w*|urg\w*|promis\w*|pledg\w*|ensure\w*) that [^,;.]{1,60}(?:would not|will not|won't))|declined)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RejectTrigger();

    [GeneratedRegex(@"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccuseTrigger();

    [GeneratedRegex(@"\b(?:(?<!presence of and )support(?:s|ed|ing)?|back(?:s|ed|ing)|partner (?:to|of|in)|endorse[sd]?|arm(?:ed|ing)(?= the ))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupportTrigger();

    [GeneratedRegex(@"\b(?:cooperat(?:e|es|ed|ing|ion)|co-operat(?:e|ion)|collaborat(?:e|es|ed|ing|ion)|partnership|work(?:s|ed|ing)? together with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CooperateTrigger();

    [GeneratedRegex(@"\b(?:provid(?:e|es|ed|ing)(?: humanitarian| economic| military)? (?:aid|assistance)|deliver(?:s|ed)? aid|sen[dt]s? aid)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidTrigger();

    [GeneratedRegex(@"\b(?:sanction(?:s|ed|ing)?|embargo(?:ed)?|imposed (?:sanctions|restrictions|tariffs) on|suspend(?:s|ed|ing)?(?= (?:[\w'’]+ ){0,3}membership)|expel(?:s|led)?(?= (?:[\w'’]+ ){0,3}from (?:the )?(?:league|union|organi[sz]ation|alliance|council)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SanctionTrigger();

    [GeneratedRegex(@"\b(?:threaten(?:s|ed|ing)?|warned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThreatenTrigger();

    [GeneratedRegex(@"\b(?:propos(?:al|ed|es|ing)|offer(?:ed|s)?|suggest(?:ed|s|ion))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProposalWords();

    [GeneratedRegex(@"\b(?:war|conflict)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WarOrConflictWords();

    /// <summary>Nouns after a compound of two states ("Russo-Japanese War", "U.S.-Japanese cooperation").</summary>
    public static RelationKind? CompoundKind(string noun) => noun switch
    {
        "war" or "wars" or "conflict" or "hostilities" or "fighting" => RelationVocabulary.ArmedConflict,
        "cooperation" or "partnership" or "collaboration" => RelationVocabulary.Cooperates,
        "alliance" => RelationVocabulary.Allied,
        "talks" or "negotiations" or "dialogue" => RelationVocabulary.Negotiates,
        _ => null,
    };
}
