using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>ActorGraph's own trigger words and phrases for the PLOVER 0.5 event categories (categories from
/// openeventdata/PLOVER, CC BY-SA 4.0), grouped the way the CAMEO 1.1b3 codebook groups its verbs: SANCTION is
/// CAMEO 16 "reduce relations" (halt aid, talks, mediation or visits; expel diplomats or monitors; deny entry),
/// SUPPORT is CAMEO 05 "diplomatic cooperation" (praise, recognise, sign a formal agreement), AGREE is CAMEO 03
/// "express intent to cooperate", COOPERATE is CAMEO 06 "material cooperation" (share intelligence, joint
/// exercises), AID is CAMEO 07 (including asylum and humanitarian evacuation), RETREAT is CAMEO 087 "de-escalate
/// militarily" (withdraw, surrender, lift a siege or blockade, reopen a crossing), CONCEDE is CAMEO 08's easing
/// of restrictions and releases, and DEMAND holds CAMEO 02 "appeal" as well as 10 "demand" (PLOVER 0.5 has no
/// separate REQUEST). Phrases with an object ("halted aid") are matched whole, so they beat the bare word at
/// the same place ("aid"). Every entry is a general word or phrase of its category, never a sentence's own
/// wording.</summary>
internal static partial class PloverLexicon
{
    /// <summary>Up to three words between a verb and its object; a number with thousands separators or a decimal point
    /// ("10,000 tonnes", "1.5 million") is one word.</summary>
    private const string Gap = @"(?:[\w'’$-]+(?:[.,]\d+)*,? ){0,3}";

    /// <summary>Subjects whose "struck" is a labour strike (CAMEO 143), not an attack.</summary>
    private const string Labour = @"(?:workers|employees|staff|miners|nurses|doctors|teachers|dockers|drivers|pilots|unions?)";

    /// <summary>Categories whose acts, announced for the future ("will impose", "vowed to strike"), are a threat (CAMEO 13,
    /// which includes threats of protest, 133).</summary>
    public static IReadOnlySet<string> Coercive { get; } = new HashSet<string>(StringComparer.Ordinal) { "SANCTION", "COERCE", "FIGHT", "ASSAULT", "PROTEST" };

    /// <summary>Categories whose acts, announced for the future ("will withdraw", "ready to meet"), are an intent to
    /// cooperate (AGREE), and whose negation ("will not release") is a refusal (REJECT).</summary>
    public static IReadOnlySet<string> Conciliatory { get; } = new HashSet<string>(StringComparer.Ordinal) { "CONCEDE", "RETREAT", "CONSULT", "SUPPORT", "COOPERATE", "AID" };

    /// <summary>Trigger patterns; at one position the longest match wins, then the earlier entry.</summary>
    public static IReadOnlyList<(string Category, Regex Trigger)> Triggers { get; } =
    [
        ("THREATEN", ThreatenWords()),
        ("PROTEST", ProtestWords()),
        ("ASSAULT", AssaultWords()),
        ("SANCTION", SanctionWords()),
        ("FIGHT", FightWords()),
        ("COERCE", CoerceWords()),
        ("MOBILIZE", MobilizeWords()),
        ("INVESTIGATE", InvestigateWords()),
        ("DEMAND", DemandWords()),
        ("REJECT", RejectWords()),
        ("DISAPPROVE", DisapproveWords()),
        ("RETREAT", RetreatWords()),
        ("CONCEDE", ConcedeWords()),
        ("AID", AidWords()),
        ("COOPERATE", CooperateWords()),
        ("SUPPORT", SupportWords()),
        ("AGREE", AgreeWords()),
        ("CONSULT", ConsultWords()),
        // Verb-and-object phrases (eighth round), each with the CAMEO code of the verb dictionary's pattern or codebook
        // entry it follows; they start at the verb, so at one position they outrank the verb's or a later noun's default.
        ("MOBILIZE", MobilizeEighthRound()), // 15 (CAMEO 150/152/154)
        ("AID", AidEighthRound()), // 07 (CAMEO 070-075)
        ("CONCEDE", ConcedeEighthRound()), // 08 (CAMEO 081/083/084/085)
        ("SUPPORT", SupportEighthRound()), // 05 (CAMEO 050/051/054)
        ("DISAPPROVE", DisapproveEighthRound()), // 11 (CAMEO 110-115)
        ("COERCE", CoerceEighthRound()), // 17 (CAMEO 173, 175, 1724)
        ("FIGHT", FightEighthRound()), // 19 (CAMEO 190/195)
        // Tenth round: verb-and-object phrases of the weak categories, each a CAMEO codebook entry.
        ("FIGHT", FightTenthRound()), // 19 (CAMEO 190: "strike X" with a named object is an attack, not a labour strike)
        ("MOBILIZE", MobilizeTenthRound()), // 15 (CAMEO 150-154)
        ("CONCEDE", ConcedeTenthRound()), // 08 (CAMEO 081, 083, 084)
        ("SUPPORT", SupportTenthRound()), // 05 (CAMEO 051, 054)
        ("DISAPPROVE", DisapproveTenthRound()), // 11 (CAMEO 113 "rally opposition against")
        ("COERCE", CoerceTenthRound()), // 17 (CAMEO 175, 176)
        ("SANCTION", SanctionTenthRound()), // 16 (CAMEO 160-163)
        ("ASSAULT", AssaultTenthRound()), // 18 (CAMEO 182)
        // Eleventh round: verb-and-object phrases the sixth batch and the fifth batch's misses showed, each a CAMEO codebook entry.
        ("PROTEST", ProtestEleventhRound()), // 14 (CAMEO 141, 143)
        ("SANCTION", SanctionEleventhRound()), // 16 (CAMEO 163 embargo)
        ("MOBILIZE", MobilizeEleventhRound()), // 15 (CAMEO 150, 151)
        ("RETREAT", RetreatEleventhRound()), // 087 (CAMEO 0871 withdraw forces)
        ("CONCEDE", ConcedeEleventhRound()), // 08 (CAMEO 083 change in leadership)
        ("AID", AidEleventhRound()), // 07 (CAMEO 070, 071)
        // Twelfth round: verb-and-object phrases the seventh batch's misses showed, each a CAMEO codebook entry.
        ("AID", AidTwelfthRound()), // 07 (CAMEO 070-073, told from the giver)
        ("CONSULT", ConsultTwelfthRound()), // 04 (CAMEO 043 host a visit)
        ("INVESTIGATE", InvestigateTwelfthRound()), // 09 (CAMEO 090)
        ("PROTEST", ProtestTwelfthRound()), // 14 (CAMEO 141 demonstrate)
        ("RETREAT", RetreatTwelfthRound()), // 087 (CAMEO 0874 retreat)
        ("DEMAND", DemandTwelfthRound()), // 10 (CAMEO 10 demand, 02 appeal)
        ("MOBILIZE", MobilizeTwelfthRound()), // 15 (CAMEO 150, 151)
        // Fourteenth round: verb-and-object phrases the eighth and ninth batches' misses showed, each a CAMEO codebook entry.
        ("CONSULT", ConsultFourteenthRound()), // 04 (CAMEO 043 host a visit)
        ("ASSAULT", AssaultFourteenthRound()), // 18 (CAMEO 182 physically assault)
        ("PROTEST", ProtestFourteenthRound()), // 14 (CAMEO 141 demonstrate)
        ("MOBILIZE", MobilizeFourteenthRound()), // 15 (CAMEO 150, 151)
        ("RETREAT", RetreatFourteenthRound()), // 087 (CAMEO 0874 retreat)
    ];

    // The trigger patterns, source-generated: compiled at build time, so neither a start-up JIT nor an interpreter.
    [GeneratedRegex(@"\b(?:threat(?:en(?:s|ed|ing)?|s)?|warn(?:s|ed|ing)?|ultimatums?|vow(?:s|ed)? to (?:retaliate|attack|strike|fight|punish|crush)|(?:would|will|could) " + Gap + @"(?:retaliate|respond militarily|use force)|or face|serious consequences)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThreatenWords();

    [GeneratedRegex(@"\b(?:protest(?:s|ed|ing|ers)?|demonstrat(?:e|ed|es|ing|ion|ions|ors)|rall(?:y|ied|ies)|march(?:ed|es)?|riot(?:ed|ing|s)|(?:hunger|general|open-ended|nationwide|one-day|labou?r|\d+-hour|\d+-day) strike|(?:went|go|goes|are|were) on strike|strik(?:e|ing) workers|stopp?(?:ed)? work|shunn?(?:ed)? work|walk(?:ed)? out|boycott(?:s|ed|ing)?|sit-ins?|block(?:ed|ing|s)? " + Gap + @"(?:roads?|streets?|roadway|highways?|bridges?|traffic|transport|railways?)|picket(?:s|ed|ing)?|stag(?:e|ed|es) (?:a |mass )?(?:protest|demonstration|march))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProtestWords();

    [GeneratedRegex(@"\b(?:kill(?:s|ed|ing)?|assassinat(?:e|ed|es|ing|ion)|(?:suicide|roadside|car) bomb(?:s|ing|ings|ers?)?|massacre[ds]?|kidnap(?:s|ped|ping)?|abduct(?:s|ed|ing|ion)?|tortur(?:e|ed|es|ing)|sexually (?:abus|assault)\w*|rap(?:e|ed)|abused|gunmen|executed|executions?|beheaded|lynch(?:ed|ing)?|hostages?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssaultWords();

    [GeneratedRegex(@"\b(?:sanction(?:s|ed)?|embargo(?:es|ed)?|sever(?:s|ed)? " + Gap + @"(?:ties|relations|links)|(?:suspend|halt|end|stop|cut|cancel|reduc|break|broke|froze|freez|prohibit|ban|withh[oe]ld|scal)\w* (?:off |back |down )?" + Gap + @"(?:aid|assistance|relations|ties|talks|negotiations|mediation|cooperation|links|visits?|trade|imports|exports|supplies|deliveries|flights|funding|loans?|contacts|assets)|suspension of|suspend(?:s|ed|ing)? (?:[\w'’-]+ ){1,3}from|suspension from|order(?:s|ed)? " + Gap + @"(?:troops|forces|soldiers|diplomats|ambassador|envoys?|peacekeepers|monitors|observers|inspectors|staff|aid workers) (?:out|to leave)|recall(?:s|ed)? " + Gap + @"(?:ambassador|envoy|diplomats)|(?:expel|withdr[ae]w|pull\w* out|ship\w* out|order\w* out)\w* " + Gap + @"(?:diplomats?|ambassador|envoys?|inspectors|monitors|observers|peacekeepers|aid workers|staff)|(?:diplomats?|inspectors|monitors|observers|peacekeepers) (?:were|was|have been|had been) (?:shipped|pulled|withdrawn|recalled|expelled|ordered)|den(?:y|ies|ied) " + Gap + @"(?:entry|visas?)|forc(?:e|ed|es) (?:[\w,]+ ){1,6}out of the country|impos(?:e|es|ed|ing) " + Gap + @"(?:restrictions|sanctions|embargo|ban|tariffs?|dut(?:y|ies)|levies|penalties))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SanctionWords();

    [GeneratedRegex(@"\b(?:attack(?:s|ed|ing)?|repel(?:s|led|ling)?|repuls(?:e|ed|es|ing)|assaults? (?:on|against)|clash(?:es|ed)?|shell(?:s|ed|ing)|bomb(?:s|ed|ing)?|bombard\w*|air ?strikes?|fought|fighting|battle[ds]?|gunbattles?|firefights?|invad(?:e|ed|es|ing)|invasions?|fired " + Gap + @"(?:on|at|upon|into)|opened fire|raid(?:s|ed)?|ambush(?:ed|es)?|offensive|occup(?:y|ied|ies|ation)|captur(?:e|ed|es) " + Gap + @"(?:town|city|village|stronghold|base|positions?|territory|airport)|artillery|mortars?|rocket fire|launch(?:ed|es)? " + Gap + @"(?:attacks?|offensive|strikes?|rockets?|missiles?)|ethnic cleansing|forced out|drove out|(?:struck|strik(?:e|es|ing)|hit|pound(?:s|ed|ing)?|target(?:s|ed|ing)?) " + Gap + @"(?:positions|targets|bases|strongholds|camps|hideouts|convoys?|depots?)|storm(?:ed|s)|(?:violat|breach|broke)\w* " + Gap + @"(?:cease-?fire|truce|armistice))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FightWords();

    [GeneratedRegex(@"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing|ees?)?|detention|(?:took|taken|take|takes|taking) " + Gap + @"into custody|house arrest|round(?:s|ed|ing)? up|" +
                    @"seiz(?:e|ed|es|ing|ure)|confiscat(?:e|ed|es|ing|ion)|impound(?:s|ed|ing)?|expropriat\w+|nationali[sz](?:e|ed|es|ing|ation)|annex(?:es|ed|ing|ation)?|" +
                    @"deport(?:s|ed|ing|ation|ations)?|expel(?:s|led|ling)?|expulsions?|evict(?:s|ed|ing|ion|ions)?|banish(?:es|ed)?|exiled|" +
                    @"curfew|banned|bans?|outlaw(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|proscrib\w+|blockades?|blockaded|crack(?:ed|s|ing)? down|crackdowns?|clamp(?:ed|s|ing)? down|" +
                    @"suppress(?:es|ed|ing)?|quell(?:s|ed|ing)?|jail(?:s|ed|ing)?|imprison(?:s|ed|ing|ment)?|incarcerat\w+|sentenc(?:e|ed|es|ing) " + Gap + @"(?:to|for)|prosecut(?:e|es|ed|ing)|put on trial|" +
                    @"censor(?:s|ed|ship)?|dispers(?:e|ed)|demolish(?:ed|es|ing)?|bulldoz\w+|bl(?:ew|ow) up|destroy(?:s|ed)?|torch(?:ed)?|deface[ds]?|defacing|hack(?:ed|ers)|cyber[- ]?attacks?|human shields?|" +
                    @"state of (?:siege|emergency)|martial law|tear gas|rubber bullets|water cannons?|baton charged|seal(?:s|ed|ing)? off|cordon(?:s|ed|ing)? off|" +
                    @"revok(?:e|ed|es|ing) " + Gap + @"(?:citizenship|licen[cs]es?|passports?|visas?|accreditation)|strip(?:s|ped)? " + Gap + Gap + @"(?:citizenship|immunity|nationality)|" +
                    @"dissolv(?:e|ed|es|ing) " + Gap + @"(?:party|parties|parliament|assembly|opposition)|restrict(?:s|ed|ing)? " + Gap + @"(?:movement|access|travel|freedoms?|the press)|" +
                    @"(?:clos(?:e|ed|es|ing)|shut(?:s|ting)?) (?:down )?" + Gap + @"(?:newspapers?|schools?|universit(?:y|ies)|offices|mosques?|churches|websites?|radio|television|stations?)|" +
                    @"(?:order|forc)(?:ed|es)? " + Gap + @"" + Gap + @"to (?:suspend|close|shut|leave|stop|halt)|shut down|closed down|reimpos\w+|tighten\w* " + Gap + @"(?:blockade|restrictions|controls|security))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoerceWords();

    [GeneratedRegex(@"\b(?:mobili[sz](?:e|ed|es|ing|ation)|muster(?:s|ed|ing)?|(?:re)?deploy(?:s|ed|ing|ment|ments)?|call(?:s|ed|ing)? up " + Gap + @"(?:reservists|reserves|troops|soldiers|conscripts)|call-?ups?|" +
                    @"(?:military|troop|naval|arms|force) build-?ups?|build(?:s|ing)? up " + Gap + @"(?:forces|troops|military|defen[cs]es)|mass(?:ed|ing|es)? " + Gap + @"(?:troops|forces|tanks)|troops massed|" +
                    @"(?:on|to) (?:full |high |maximum |combat |red |heightened )?alert|(?:rais|heighten|increas|step|upgrad)\w* (?:up )?" + Gap + @"(?:alert|readiness|preparedness)|state of (?:alert|readiness|combat readiness)|" +
                    @"reinforc(?:e|ed|es|ing|ements)|put " + Gap + @"(?:forces|troops|army|military|police) on|(?:order|step|increas|intensif|stepp)\w* (?:up )?" + Gap + @"patrols|" +
                    @"(?:sen[dt]|dispatch(?:ed|es|ing)?|mov(?:e|ed|es|ing)|rush(?:ed|es)?|ship(?:s|ped)?|station(?:s|ed)?|position(?:s|ed)?) " + Gap + @"(?:troops|soldiers|warships?|frigates?|destroyers?|submarines?|gunboats?|corvettes?|tanks|forces|reinforcements|police|policemen|paratroopers|marines|battalions?|brigades?|divisions?|aircraft carriers?|carrier groups?|fighter jets|warplanes|bombers|missiles|units) (?:to|into|toward|towards|along|near|across|in|on|at|closer to)|" +
                    @"(?:stepp?(?:ed|ing)?|beef(?:ed|ing)?|tighten(?:ed|ing)?|bolster(?:ed|ing)?|boost(?:ed|ing)?|increas(?:ed|ing)?|strengthen(?:ed|ing)?) (?:up )?" + Gap + @"(?:security|military presence|police presence|naval presence|defen[cs]es)|heightened security|security alert|" +
                    @"(?:military|naval|air|army|war|live-fire) (?:exercises?|drills?|manoeuvres|maneuvers)|war games|(?:held|hold|holds|conduct\w*|stag\w*|began|begin|launch\w*) " + Gap + @"(?:exercises|drills|manoeuvres|maneuvers)|" +
                    @"test-?fir(?:e|ed|es|ing)|(?:fir|launch)(?:e|ed|es|ing)? " + Gap + @"missiles? (?:into|over) (?:the )?(?:\w+ )?(?:sea|ocean|waters)|(?:missile|weapons?|nuclear) tests?|fortif(?:y|ied|ies|ying|ications)|military parade|parad(?:e|ed) " + Gap + @"(?:tanks|missiles|troops|weapons))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobilizeWords();

    [GeneratedRegex(@"\b(?:investigat(?:e|es|ed|ing|ion|ions)|inquir(?:y|ies)|inquests?|probe[ds]?|probing|inspections?|inspect(?:s|ed)?|look(?:s|ing|ed)? into|examin(?:e|ed|es|ing)|hearings? into|open(?:s|ed)? " + Gap + @"hearings?|fact-finding)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvestigateWords();

    [GeneratedRegex(@"\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|requir(?:e|es|ed) that|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|call(?:s|ed|ing)? (?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday) )?(?:on|for|upon)|appeal(?:s|ed|ing)?|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|plead(?:s|ed)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DemandWords();

    [GeneratedRegex(@"\b(?:reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|den(?:y|ies|ied)|veto(?:es|ed)?|turn(?:s|ed)? down|rebuff(?:s|ed)?|dismiss(?:es|ed)|rul(?:e|es|ed) out|declin(?:e|es|ed) to|fail(?:s|ed)? to (?:reach|agree|approve|accept|secure)|reneg(?:e|ed|es|ing)|out of the question|oppos(?:e|es|ed|ing))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RejectWords();

    [GeneratedRegex(@"\b(?:criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|complain(?:s|ed|ing)?|deplor(?:e|es|ed)|charg(?:e|es|ed) (?:that|with)|alleg(?:e|ed|es|ing)|lodg(?:e|ed|es) " + Gap + @"(?:protest|complaint)|su(?:e|ed|es|ing)|lawsuits?|indict(?:s|ed|ment)?|censur(?:e|ed|es)|rebuk(?:e|ed|es)|slam(?:s|med)|lambast(?:s|ed)|castigat(?:e|ed|es)|criticism|summon(?:s|ed)? " + Gap + @"(?:ambassador|envoy|charge d'affaires)|convict(?:s|ed)?|found guilty)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisapproveWords();

    [GeneratedRegex(@"\b(?:withdr(?:aw|aws|ew|awn|awal|awing)|pull(?:s|ed|ing)? " + Gap + @"(?:out|back)|(?:hand|turn)(?:s|ed|ing)? (?:over|in) (?:their|its|his|her) (?:weapons|arms|guns)|pullback|retreat(?:s|ed|ing)?|evacuat(?:e|ed|es|ing)|demobili[sz]\w+|disarm(?:s|ed|ing|ament)?|lift(?:s|ed|ing)? " + Gap + @"(?:siege|blockade|closure)|dismantl(?:e|ed|es|ing)|surrender(?:s|ed|ing)?|(?:re)?open(?:s|ed)? " + Gap + @"(?:border|crossing|bridge|checkpoint)s?|resign(?:s|ed|ation)?|step(?:s|ped)? down|(?:declar|announc|observ)\w* " + Gap + @"(?:cease-?fire|truce)|disband(?:s|ed)?|la(?:y|id) down " + Gap + @"(?:arms|weapons)|decommission\w*|relinquish\w*|vacat(?:e|ed|es)|pa(?:y|ys|id|ying) " + Gap + @"(?:compensation|reparations)|return(?:s|ed|ing)? " + Gap + @"(?:seized|confiscated) (?:property|land|assets)|abandon(?:s|ed)? " + Gap + @"(?:positions|posts|bases|checkpoints))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetreatWords();

    [GeneratedRegex(@"\b(?:releas(?:e|es|ed|ing)|free[ds]?|eas(?:e|ed|es|ing) " + Gap + Gap + @"(?:restrictions|sanctions|curbs|controls|curfew|ban)|lift(?:s|ed|ing)? " + Gap + @"(?:sanctions|restrictions|ban|embargo|state of emergency|emergency|curfew|martial law)|shorten(?:s|ed)? " + Gap + Gap + @"curfew|relax(?:es|ed)?|conced(?:e|es|ed)|yield(?:s|ed)?|allow(?:s|ed|ing)?|permit(?:s|ted)?|grant(?:s|ed)? " + Gap + @"(?:amnesty|permission|pardon|independence|autonomy)|return(?:s|ed)? (?:the )?(?:bodies|prisoners|territory|land)|pardon(?:s|ed)?|amnesty|accede[ds]? to|gave in|back(?:s|ed)? down|reinstat(?:e|ed|es)|legali[sz](?:e|ed|es)|drop(?:s|ped)? " + Gap + @"(?:charges|demands?|claims?|objections?)|call(?:s|ed)? off|cede[ds]?|hand(?:s|ed)? over (?:power|control)|hand(?:s|ed|ing)? over " + Gap + @"(?:prisoners|hostages|detainees|captives|bodies|remains)|compl(?:y|ied|ies) with|(?:enhanc|expand|promot|restor)\w* " + Gap + @"(?:freedoms?|rights|democracy))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConcedeWords();

    [GeneratedRegex(@"\b(?:aid|assistance|donat(?:e|ed|es|ing|ion|ions)|relief|loans?|humanitarian|asylum|rescu(?:e|ed|es|ing)|airlift(?:s|ed|ing)?|airdrop(?:s|ped|ping)?|bail-?outs?|" +
                    @"food (?:supplies|aid|shipments|parcels|convoys?)|(?:emergency|relief|humanitarian) (?:supplies|goods|shipments|convoys?)|medical (?:supplies|aid|teams?|equipment|care)|medicines?|vaccines?|debt (?:relief|forgiveness|cancellation)|" +
                    @"(?:sen[dt]|ship(?:s|ped)?|truck(?:s|ed|ing)?|ferr(?:y|ied|ies)|rush(?:ed|es|ing)?|grant(?:s|ed|ing)?|deliver(?:s|ed)?|hand(?:s|ed)? over|approv(?:e|es|ed|ing)|fl(?:ew|own|ies)|provid(?:e|es|ed|ing)|suppl(?:y|ied|ies|ying)|gave|give[sn]?|giving|channel\w*|extend(?:s|ed)?|lend(?:s|ing)?|lent|allocat\w+|disburs\w+|earmark\w*|contribut(?:e|ed|es|ing)|fund(?:s|ed|ing)?|financ(?:e|ed|es|ing)) " + Gap + @"(?:arms|weapons|ammunition|aid|food|fuel|medicines?|supplies|funds|money|cash|equipment|grain|rice|wheat|flour|tents|blankets|vaccines|tonnes|tons|dollars|million|billion|\$|loans?|credits?|grants?|military hardware|missiles|tanks|helicopters|fighter jets|(?:financial|military|economic|budget) support)|" +
                    @"provid(?:e|es|ed|ing) " + Gap + @"(?:shelter|protection|training|care|medical|help|support)|shelter(?:s|ed|ing)? " + Gap + @"(?:refugees|civilians|displaced)|train(?:s|ed|ing)? " + Gap + @"(?:troops|soldiers|police|forces|army|officers)|" +
                    @"(?:sen[dt]|deploy(?:s|ed|ing)?|dispatch(?:ed|es)?|contribut(?:e|ed|es)|station(?:s|ed)?) " + Gap + @"(?:peace-?keep\w+|peace-keep\w+|observers|monitors|blue helmets)|peace-?keeping (?:force|troops|mission|operation)s?|" +
                    @"(?:cancel|forgiv|forgave|writ|wrote|waiv)\w* (?:off )?" + Gap + @"debts?|evacuat(?:e|ed|es|ing) " + Gap + @"(?:wounded|injured|sick|civilians|refugees|foreigners|nationals|children))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidWords();

    [GeneratedRegex(@"\b(?:cooperat(?:e|es|ed|ing|ion)|co-operat\w+|collaborat\w+|work(?:s|ed|ing)? together|joint (?:\w+ )?(?:exercises?|drills?|manoeuvres|maneuvers|operations?|patrols?|ventures?|projects?|investigations?)|" +
                    @"(?:exercises|drills|manoeuvres|maneuvers) with|shar(?:e|ed|es|ing) " + Gap + @"(?:intelligence|information|expertise|evidence|technology|data)|extradit\w+|hand(?:s|ed)? over " + Gap + @"(?:suspects?|fugitives?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CooperateWords();

    [GeneratedRegex(@"\b(?:support(?:s|ed|ing)?|prais(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|back(?:s|ed|ing)|welcom(?:e|es|ed|ing)|commend(?:s|ed)?|hail(?:s|ed)?|defend(?:s|ed)?|forgiv(?:e|es|en)|approv(?:e|es|ed)|recogni[sz](?:e|es|ed|ing)|congratulat\w+|thank(?:s|ed)?|sign(?:s|ed|ing)? " + Gap + @"(?:treaty|treaties|accords?|pacts?|agreements?|deals?|declaration|memorandum|protocol|charter|convention|communiqu[eé])|apologi[sz](?:e|ed|es)|express(?:es|ed)? " + Gap + @"(?:support|solidarity|sympathy|condolences|gratitude)|establish(?:es|ed)? " + Gap + @"(?:ties|relations|embass(?:y|ies)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupportWords();

    [GeneratedRegex(@"\b(?:agree(?:s|d|ment)?|accept(?:s|ed)?|settle(?:s|d|ment)?|reach(?:ed)? (?:an? )?(?:accord|deal|agreement)|pledg(?:e|es|ed)|promis(?:e|es|ed)|offer(?:s|ed)?|willing to|ready to|prepared to|commit(?:s|ted)? to|cease-?fire|truce)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgreeWords();

    [GeneratedRegex(@"\b(?:met|meet(?:s|ing|ings)?|talks?|visit(?:s|ed|ing)?|consult(?:s|ed|ation|ations)?|discuss(?:es|ed|ion|ions)?|negotiat\w+|mediat\w+|conferr?ed|telephon(?:e|ed)|phoned|host(?:s|ed)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsultWords();

    [GeneratedRegex(@"\b(?:(?<=\b(?:troops|tanks|soldiers|armou?red columns|warships) )(?:head\w*|march\w*|roll\w*|mov(?:e|ed|es|ing)|steam\w*) (?:toward|towards)|(?:sen[dt]|mov(?:e|ed|es|ing)|rush(?:ed|es)?|dispatch(?:ed|es)?|deploy(?:s|ed)?|station(?:s|ed)?|position(?:s|ed)?|mass(?:ed|es|ing)?) " + Gap + @"(?:troops|soldiers|tanks|artillery|armou?r|armou?red vehicles|commandos|warships|vessels|ships|boats|missiles|rocket launchers|reinforcements|units)(?: and " + Gap + @"[\w-]+)? (?:to|into|toward|towards|along|near|across|on|closer to|around))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobilizeEighthRound();

    [GeneratedRegex(@"\b(?:releas(?:e|ed|es|ing) " + Gap + @"(?:aid|funds|money|million|billion|euros|dollars|tranches?|grants?|loans?)|(?:transferr?\w*|deposit\w*|distribut\w*) " + Gap + @"(?:aid|funds|money|million|billion|euros|dollars|\$|food|rations|supplies|medicines?)|" +
                    @"(?:deliver\w*|sen[dt]|ship\w*|suppl\w+) " + Gap + @"(?:air defen[cs]e|howitzers|drones|ammunition|rifles|armou?red vehicles|systems|(?:field )?hospitals?|ambulances|generators)|(?:sen[dt]|dispatch\w*|deploy\w*) (?:an? )?(?:teams? of )?" + Gap + @"(?:doctors|medics|nurses|rescuers|rescue workers|engineers)|" +
                    @"(?:took|taken|take|takes|taking) in " + Gap + Gap + @"(?:refugees|migrants|asylum[- ]seekers|displaced)|host(?:s|ed|ing)? " + Gap + @"(?:refugees|asylum[- ]seekers)|bail-?out|rescue package|grant(?:s|ed|ing)? " + Gap + @"(?:residence|residency|refugee status|protected status|sanctuary|safe haven)|(?:resum|restor)\w* " + Gap + @"(?:aid|assistance|funding|loans))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidEighthRound();

    [GeneratedRegex(@"\b(?:(?:restor|resum)\w* " + Gap + @"(?:electricity|power|fuel|services|supplies|internet|access|phone)(?! (?:aid|assistance))|hand(?:s|ed|ing)? (?:back )?" + Gap + @"(?:bodies|remains|prisoners|hostages|detainees|captives)|" +
                    @"bow(?:s|ed|ing)? to " + Gap + @"(?:demands?|pressure)|withdr(?:aw|ew|awn|aws) " + Gap + @"(?:bill|law|decree|tax|proposal|charges|lawsuit|complaint|amendment|reform)|(?:remov|scrap|abolish)\w* " + Gap + @"(?:tariffs|restrictions|sanctions|bans?|checkpoints|curbs|barriers|duties|controls))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConcedeEighthRound();

    [GeneratedRegex(@"\b(?:laud(?:s|ed|ing)?|applaud(?:s|ed|ing)?|extol(?:s|led|ling)?|salut(?:e|ed|es|ing)|pa(?:y|id|ys) tribute to|gave its backing|give its backing|thr(?:ew|ow|ows|own) " + Gap + @"weight behind|(?:sided|side|sides|siding) (?:firmly )?(?:with|by)|(?:stood|stand|stands) (?:firmly )?(?:with|behind)|rall(?:ied|y) behind|(?:re)?affirm\w* " + Gap + @"(?:commitment|support|backing|solidarity)|" +
                    @"(?:voic|express|pledg|offer)\w* " + Gap + @"(?:support|backing|solidarity)|(?:restor|normali[sz]|resum|re-?establish)\w* " + Gap + @"(?:diplomatic )?(?:relations|ties))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupportEighthRound();

    [GeneratedRegex(@"\b(?:(?:voic|express|register)\w* " + Gap + @"(?:alarm|outrage|dismay|displeasure|indignation|anger|disapproval|concern)|fil(?:e|ed|es|ing) " + Gap + @"(?:complaint|lawsuit|suit|grievance)|object(?:s|ed|ing)? (?:strongly )?to|took issue with|(?:hit|lash(?:ed)?) out at|question(?:s|ed)? the legitimacy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisapproveEighthRound();

    [GeneratedRegex(@"\b(?:charg(?:e|es|ed|ing) (?:[\w'’$-]+ ){1,4}with|water cannon|(?:cut|shut|block|suspend)\w* (?:off )?" + Gap + @"(?:internet|phone lines|mobile networks?|telecommunications|communications))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoerceEighthRound();

    [GeneratedRegex(@"\b(?:(?:struck|strik(?:e|es|ing)|hit|target(?:s|ed|ing)?|bomb(?:s|ed)?) " + Gap + @"(?:refiner(?:y|ies)|airfields?|air bases?|military facilities|depots?|power (?:plants?|stations?)|infrastructure|bridges?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FightEighthRound();

    [GeneratedRegex(@"\b(?:(?:strike|strikes|striking|struck)(?<!\b" + Labour + @" \w+) (?:back )?(?:at |against )?(?:the )?(?-i:[A-Z])[\w-]*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FightTenthRound();

    [GeneratedRegex(@"\b(?:mass(?:ed|es|ing)? " + Gap + @"(?:warships|ships|vessels|artillery|armou?r|naval forces|fighter jets)|(?<=\b(?:troops|forces|tanks|soldiers|warships|units) (?:were|have been|had been|are|are being|was) )(?:massed|deployed|mobili[sz]ed|positioned)|" +
                    @"(?:strengthen|bolster|beef|boost|reinforc)\w* (?:up )?" + Gap + @"(?:forces|troops|garrisons?|military)|(?:put|puts|putting|place[sd]?|placing) " + Gap + Gap + @"(?:on|to) (?:full |high |maximum |combat |red |heightened )?alert|" +
                    @"order(?:s|ed)? " + Gap + @"(?:troops|soldiers|warships|tanks|forces|reinforcements|battalions?|brigades?|aircraft carriers?|carrier groups?|fighter jets|warplanes|bombers) (?:to|into|toward|towards))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobilizeTenthRound();

    [GeneratedRegex(@"\b(?:(?:cancel|rescind|revok|lift|scrap|eas|relax|abolish)\w* " + Gap + @"(?:restrictions|curbs|emergency measures|emergency rule|controls|ban)|accept\w* " + Gap + @"(?:demands?|conditions)|(?:met|meet|meets) " + Gap + @"demands?|" +
                    @"return(?:s|ed|ing)? " + Gap + @"(?:villages?|territor(?:y|ies)|land|towns?|islands?|remains|property|properties|assets|seized))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConcedeTenthRound();

    [GeneratedRegex(@"\b(?:(?:stood|stand|stands) (?:firmly )?by|upgrad\w* " + Gap + @"(?:diplomatic )?(?:relations|ties))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupportTenthRound();

    [GeneratedRegex(@"\b(?:call(?:s|ed|ing)? for " + Gap + @"(?:sanctions|boycotts?|isolation|an embargo) (?:against|on|of))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisapproveTenthRound();

    [GeneratedRegex(@"\b(?:(?:prevent|stop|halt|block|ban|forbid|forbade|broke up|break up|breaks up|dispers)\w* " + Gap + @"(?:demonstrations?|protests?|rall(?:y|ies)|marches|sit-ins?|gatherings?)|hack(?:s|ing)? into)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoerceTenthRound();

    [GeneratedRegex(@"\b(?:(?:suspend|halt|cut|freez|froze|stop)\w* (?:off )?" + Gap + Gap + @"(?:aid|assistance|funding))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SanctionTenthRound();

    [GeneratedRegex(@"\b(?:beat(?:s|en|ing)? up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssaultTenthRound();

    [GeneratedRegex(@"\b(?:(?:struck|strik(?:e|es|ing))(?<=\b" + Labour + @" \w+)|(?:held|hold|holds|holding|stag(?:e|ed|es|ing)) " + Gap + @"vigils?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProtestEleventhRound();

    [GeneratedRegex(@"\b(?:(?:clos|seal|shut)\w* " + Gap + @"(?:border|borders|ports?|airspace|markets?) to (?:goods|imports|products|trade|exports|flights|ships|vessels|trucks|lorries))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SanctionEleventhRound();

    [GeneratedRegex(@"\b(?:scrambl\w* " + Gap + @"(?:fighter jets|jets|warplanes|fighters|interceptors|aircraft)|conscript(?:s|ed|ing)?|recall(?:s|ed|ing)? " + Gap + @"(?:soldiers|troops|reservists|conscripts|officers)\b(?! from))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobilizeEleventhRound();

    [GeneratedRegex(@"\b(?:recall(?:s|ed|ing)? " + Gap + @"(?:soldiers|troops|forces|contingent) from)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetreatEleventhRound();

    [GeneratedRegex(@"\b(?:(?:hand|transferr?|cede|ced)\w* (?:over )?(?:power|authority) (?:back )?to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConcedeEleventhRound();

    [GeneratedRegex(@"\b(?:hand(?:s|ed|ing)? over " + Gap + @"(?:generators|ambulances|equipment|vehicles|supplies|medicines?|vaccines|food))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidEleventhRound();

    [GeneratedRegex(@"\b(?:receiv(?:e|es|ed|ing) " + Gap + Gap + @"(?:aid|assistance|loans?|grants?|funds|weapons|arms|systems|packages?|supplies|vaccines|medicines|ammunition|tanks|missiles|equipment) from)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AidTwelfthRound();

    [GeneratedRegex(@"\b(?:(?<=\b(?:was|were|been) )received(?= (?:in|at|by)\b))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsultTwelfthRound();

    [GeneratedRegex(@"\b(?:(?:questioned|interrogated|quizzed) by|interrogat(?:e|es|ed|ing|ion))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InvestigateTwelfthRound();

    [GeneratedRegex(@"\b(?:chain(?:s|ed|ing)? themselves to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProtestTwelfthRound();

    [GeneratedRegex(@"\b(?:(?:left|leave|leaves|abandon\w*|vacat\w*) " + Gap + @"(?:positions|posts|bases?|trenches|checkpoints|strongholds))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetreatTwelfthRound();

    [GeneratedRegex(@"\b(?:push(?:es|ed|ing)? (?:hard |strongly )?for|pressur(?:e|es|ed|ing) (?:on )?" + Gap + Gap + @"to|order(?:s|ed)? " + Gap + Gap + @"to (?:appear|testify|explain|answer|comply|attend|pay|compensate|apologi[sz]e|reinstate|report))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DemandTwelfthRound();

    [GeneratedRegex(@"\b(?:(?:fir|launch)(?:e|ed|es|ing)? " + Gap + @"(?:shells|rockets|projectiles) (?:into|over) (?:the )?(?:\w+ )?(?:sea|ocean|waters)|combat readiness|(?:highest|full|maximum) (?:level of )?(?:alert|readiness))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobilizeTwelfthRound();

    [GeneratedRegex(@"\b(?:receiv(?:e|es|ed|ing) (?:(?!from\b|aid\b|letters?\b|calls?\b)[\w'’-]+ ){0,3}(?:delegations?|envoys?|ministers?|presidents?|counterparts?|ambassadors?|emissar(?:y|ies)|premier|chancellor|secretary-general|prime minister)\b)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConsultFourteenthRound();

    [GeneratedRegex(@"\b(?:beat(?:s|en|ing)? (?:and [\w-]+ )?" + Gap + @"(?:protesters|demonstrators|civilians|villagers|detainees|prisoners|journalists|students|worshippers|activists|women|men|farmers|residents|refugees|migrants))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AssaultFourteenthRound();

    [GeneratedRegex(@"\b(?:t(?:ook|ake|akes|aking|aken) to the streets)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProtestFourteenthRound();

    [GeneratedRegex(@"\b(?:(?:sen[dt]|dispatch(?:ed|es)?|mov(?:e|ed|es|ing)|rush(?:ed|es)?|deploy(?:s|ed)?) " + Gap + @"(?:troops|soldiers|forces|reinforcements|units|tanks|battalions?|brigades?|divisions?) (?:north|south|east|west)(?:wards?)?\b|recruit(?:s|ed|ing)? " + Gap + @"(?:fighters|soldiers|troops|militiamen|recruits|volunteers|combatants|mercenaries))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MobilizeFourteenthRound();

    [GeneratedRegex(@"\b(?:(?<=\b(?:troops|soldiers|forces|fighters|rebels|militants|militiamen|men|units|peacekeepers|insurgents) (?:began |started |have |had )?)(?:left|leav(?:e|es|ing))(?= (?:the |their |its )?\w))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RetreatFourteenthRound();
}
