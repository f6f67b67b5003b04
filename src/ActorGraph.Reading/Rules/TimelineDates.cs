using System.Globalization;
using System.Text.RegularExpressions;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading.Rules;

/// <summary>The date of a timeline entry: a paragraph that opens with a day and month and a colon or dash ("- 30 October: After a
/// visit by ...", "9 July - Talks opened") is told of that day throughout, so a mediation cue in it with no date of its own ("US
/// officials helped broker the accord together with the OAS") takes the entry's date: the last such day on or before the report's
/// date (a timeline looks back). A date elsewhere in a paragraph's first sentence ("On 9 July the talks opened") is no entry
/// heading, and a cue's own date always wins.</summary>
internal sealed partial class TimelineDates(DateOnly? reportDate)
{
    private (int Paragraph, PartialDate Date)? _entry;

    /// <summary>Notes the entry date when <paramref name="sentence"/> opens a paragraph with one; returns the cues with the entry's
    /// date where they have none.</summary>
    public List<MediationCue> Fill(Sentence sentence, List<MediationCue> cues)
    {
        if (_entry is { } old && old.Paragraph != sentence.Paragraph) _entry = null;
        if (sentence.Start == 0 && reportDate is { } report && Heading().Match(sentence.Text) is { Success: true } m
            && DateTime.TryParseExact(m.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            if (day <= DateTime.DaysInMonth(report.Year, month.Month))
            {
                var date = new DateOnly(report.Year, month.Month, day);
                if (date > report && day <= DateTime.DaysInMonth(report.Year - 1, month.Month)) date = new DateOnly(report.Year - 1, month.Month, day);
                _entry = (sentence.Paragraph, new PartialDate(date.Year, date.Month, date.Day, Derived: true) { Written = m.Groups["date"].Value });
            }
        }
        if (_entry is not { } entry || cues.All(c => c.Date is not null)) return cues;
        return cues.Select(c => c.Date is null ? c with { Date = entry.Date } : c).ToList();
    }

    [GeneratedRegex(@"^\s*(?:[-–•*]\s*)?(?<date>(?<day>\d{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December))\s*[:–—-]",
        RegexOptions.CultureInvariant)]
    private static partial Regex Heading();
}
