using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>ActorGraph's own trigger words for the PLOVER event categories (PLOVER 0.5; categories from
/// openeventdata/PLOVER, CC BY-SA 4.0), grouped the way the CAMEO 1.1b3 codebook groups its verbs. Listed in
/// priority order: a more specific category (ASSAULT, COERCE, THREATEN...) before a general one.</summary>
internal static class PloverLexicon
{
    private static Regex R(string pattern) => new(@"\b(?:" + pattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IReadOnlyList<(string Category, Regex Trigger)> Triggers { get; } =
    [
        ("THREATEN", R(@"threat(?:en(?:s|ed|ing)?|s)?|warn(?:s|ed|ing)?|ultimatum|vow(?:s|ed)? to (?:retaliate|attack|strike)")),
        ("PROTEST", R(@"protest(?:s|ed|ing|ers)?|demonstrat(?:e|ed|ing|ion|ions|ors)|rall(?:y|ied|ies)|march(?:ed|es)?|hunger strike|went on strike|strik(?:e|ing) workers|boycott(?:ed|s)?|sit-in|blocked roads|picket(?:ed|s)?")),
        ("ASSAULT", R(@"kill(?:s|ed|ing)?|assassinat(?:e|ed|ion)|suicide bomb\w*|massacre[ds]?|kidnap(?:s|ped|ping)?|abduct(?:s|ed|ion)|tortur(?:e|ed)|car bomb|gunmen|executed|hostage")),
        ("FIGHT", R(@"attack(?:s|ed|ing)?|clash(?:es|ed)?|shell(?:s|ed|ing)|bomb(?:s|ed|ing)|air ?strikes?|fought|fighting|battle[ds]?|invad(?:e|ed|es)|invasion|fired (?:on|at|upon)|opened fire|raid(?:s|ed)?|ambush(?:ed)?|offensive|occup(?:y|ied|ation)")),
        ("COERCE", R(@"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|detention|seiz(?:e|ed|es|ing)|confiscat(?:e|ed)|deport(?:s|ed|ing)?|expel(?:s|led)?|curfew|banned|bans?|blockade[ds]?|crack(?:ed)? down|crackdown|jail(?:s|ed)?|imprison(?:s|ed)?|raid(?:ed)? the homes?|censor(?:s|ed)?|dispers(?:e|ed)")),
        ("MOBILIZE", R(@"mobiliz(?:e|ed|es|ing|ation)|mobilis(?:e|ed|ation)|deploy(?:s|ed|ing|ment)?|mass(?:ed|ing) troops|troops massed|on (?:high )?alert|reinforc(?:e|ed|ements)|put (?:its |their )?(?:forces|troops) on")),
        ("SANCTION", R(@"sanction(?:s|ed)?|embargo(?:ed|es)?|sever(?:ed|s)? (?:diplomatic )?(?:ties|relations)|suspend(?:s|ed)? (?:aid|relations|ties|talks|cooperation)|cut off (?:aid|ties|relations)|recall(?:s|ed)? (?:its )?ambassador|halt(?:s|ed)? (?:aid|trade)|froze|freez(?:e|es)")),
        ("INVESTIGATE", R(@"investigat(?:e|es|ed|ing|ion|ions)|inquiry|probe[ds]?|inspect(?:s|ed|ion|ors)|look(?:ing)? into|examin(?:e|ed|ing)")),
        ("DEMAND", R(@"demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|requir(?:e|es|ed) that")),
        ("REJECT", R(@"reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|den(?:y|ies|ied)|veto(?:es|ed)?|turn(?:s|ed)? down|rebuff(?:s|ed)?|dismiss(?:es|ed)|rul(?:e|ed) out|declin(?:e|es|ed) to")),
        ("DISAPPROVE", R(@"criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed)|accus(?:e|es|ed|ing)|blam(?:e|es|ed)|complain(?:s|ed)?|deplor(?:e|es|ed)|protest(?:ed)? against|charg(?:e|ed) that|alleg(?:e|ed|es)")),
        ("RETREAT", R(@"withdr(?:aw|aws|ew|awn|awal)|pull(?:s|ed)? (?:out|back)|retreat(?:s|ed)?|evacuat(?:e|ed|es)|demobiliz\w+|disarm(?:s|ed|ament)?|lift(?:s|ed)? (?:the )?(?:siege|blockade|curfew)|dismantl(?:e|ed)")),
        ("CONCEDE", R(@"releas(?:e|es|ed|ing)|free[ds]?|eas(?:e|ed|es) (?:restrictions|sanctions)|lift(?:s|ed)? (?:sanctions|restrictions|the ban|ban)|conced(?:e|es|ed)|yield(?:s|ed)?|allow(?:s|ed)?|grant(?:s|ed)? (?:amnesty|asylum|permission)|return(?:s|ed)? (?:the )?(?:bodies|prisoners|territory)|pardon(?:s|ed)?|apologi[sz](?:e|ed|es)|resign(?:s|ed)?")),
        ("AID", R(@"aid|assistance|donat(?:e|ed|es|ion)|relief|loan(?:s|ed)?|food supplies|medical supplies|humanitarian|gave .{0,30}dollars|grant(?:s|ed)? .{0,20}(?:dollars|million)|provid(?:e|es|ed) .{0,25}(?:troops|weapons|arms|funds|money)")),
        ("COOPERATE", R(@"cooperat(?:e|es|ed|ion)|co-operat\w+|collaborat\w+|work(?:s|ed)? together|joint (?:exercise|operation|patrol)|shar(?:e|ed|es) (?:intelligence|information)|extradit(?:e|ed)|establish(?:ed)? (?:diplomatic )?relations")),
        ("REQUEST", R(@"ask(?:s|ed|ing)?|request(?:s|ed|ing)?|call(?:s|ed)? (?:on|for|upon)|appeal(?:s|ed)?|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|plead(?:s|ed)?|invit(?:e|es|ed)")),
        ("SUPPORT", R(@"support(?:s|ed|ing)?|prais(?:e|es|ed)|endors(?:e|es|ed)|back(?:s|ed|ing)|welcom(?:e|es|ed)|commend(?:s|ed)|hail(?:s|ed)|defend(?:s|ed)|forgiv(?:e|es|en)|approv(?:e|es|ed)|recogni[sz](?:e|es|ed)|congratulat\w+|thank(?:s|ed)?")),
        ("AGREE", R(@"agree(?:s|d|ment)?|accept(?:s|ed)?|sign(?:s|ed|ing)?|settle(?:s|d|ment)?|reach(?:ed)? (?:an )?(?:accord|deal|agreement)|pledg(?:e|es|ed)|promis(?:e|es|ed)|offer(?:s|ed)?|willing to|ready to|commit(?:s|ted)? to|ceasefire|truce")),
        ("CONSULT", R(@"met|meet(?:s|ing)?|talks|visit(?:s|ed|ing)?|consult(?:s|ed|ation|ations)?|discuss(?:es|ed|ion|ions)?|negotiat\w+|mediat\w+|conferr?ed|telephon(?:e|ed)|phoned|host(?:s|ed)?|hold(?:s)? talks|held talks")),
    ];
}
