using System.Text.Json;
using System.Text.Json.Nodes;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Plover;

/// <summary>POLECAT's weekly and monthly files (<c>ngecEvents.*.DV.txt</c>, yearly <c>ngecEventsDV-YYYY.txt.zip</c> on
/// Harvard Dataverse): PLOVER-coded events as a tab-separated table with a header line. Columns are found by name
/// (<c>Event ID, Event Date</c> or <c>Story Date, Event Type, Event Mode, Contexts, Actor Name, Actor Country,
/// Primary Actor Sector, Recipient Name, Recipient Country, Primary Recipient Sector, Source</c>...), so order and
/// extra columns do not matter. Each row becomes the JSON record a PLOVER line would be, and is read the same way.</summary>
/// <remarks>Some published files carry extra trailing tabs or drop empty trailing cells: rows are read by header
/// position, missing cells as empty (Beger, "POLECAT Event Data", andybeger.com, 2024). Cells quoted with
/// <c>"</c> lose the quotes. Actor cells may list several actors separated by <c>;</c>, with their countries
/// in the same order. An actor without a name is its country, in its sector's role where that is a CAMEO role
/// ("GOV" of "UKR" is "Government of Ukraine").</remarks>
internal sealed class PolecatTable
{
    private readonly int _width;
    private readonly int _id, _date, _event, _mode, _context, _intensity, _publisher, _url, _text;
    private readonly Side _actor, _recipient;

    private PolecatTable(HeaderMap h)
    {
        _width = h.Count;
        _id = h.Find("Event ID", "id");
        _date = h.Find("Event Date", "Story Date", "Date", "Publication Date");
        _event = h.Find("Event Type", "Event", "Category");
        _mode = h.Find("Event Mode", "Mode");
        _context = h.Find("Contexts", "Context", "Event Context");
        _intensity = h.Find("Event Intensity", "Intensity");
        _publisher = h.Find("Source", "Publisher", "Feed", "Source Name");
        _url = h.Find("URL", "Source URL", "Story URL");
        _text = h.Find("Event Text", "Headline");
        _actor = new Side(h.Find("Actor Name", "Actor", "Source Actor"), h.Find("Actor Country", "Source Country"),
            h.Find("Primary Actor Sector", "Actor Sector", "Actor Sectors"));
        _recipient = new Side(h.Find("Recipient Name", "Recipient", "Target Actor", "Target Name"), h.Find("Recipient Country", "Target Country"),
            h.Find("Primary Recipient Sector", "Recipient Sector", "Recipient Sectors"));
    }

    /// <summary>True for a first line that is a tab-separated header rather than JSON.</summary>
    public static bool IsHeader(ReadOnlySpan<char> line)
    {
        var t = line.TrimStart();
        return !t.StartsWith('{') && !t.StartsWith('[') && t.Contains('\t');
    }

    /// <summary>Reads the header line; throws when it lacks the columns an event needs.</summary>
    /// <exception cref="ImportFailedException">No date, event type or actor column.</exception>
    public static PolecatTable Open(ReadOnlySpan<char> headerLine, string file)
    {
        var table = new PolecatTable(new HeaderMap(headerLine.ToString().Split('\t')));
        var missing = new List<string>();
        if (table._date < 0) missing.Add("'Event Date' (or 'Story Date')");
        if (table._event < 0) missing.Add("'Event Type'");
        if (table._actor.Name < 0 && table._actor.Country < 0) missing.Add("'Actor Name'");
        if (table._recipient.Name < 0 && table._recipient.Country < 0) missing.Add("'Recipient Name'");
        if (missing.Count > 0)
            throw new ImportFailedException($"{file}:1: a tab-separated file but not a POLECAT event table: no {string.Join(", ", missing)} column in the header");
        return table;
    }

    /// <summary>The row as a PLOVER JSON record (fields named as <see cref="PloverEventReader"/> reads them).</summary>
    public JsonElement ToRecord(ReadOnlySpan<char> line)
    {
        var cells = line.ToString().Split('\t');
        string Cell(int i) => i < 0 || i >= cells.Length || i >= _width ? "" : Clean(cells[i]);

        var record = new JsonObject();
        void Put(string field, int column)
        {
            var value = Cell(column);
            if (value.Length > 0) record[field] = value;
        }
        Put("id", _id);
        Put("date", _date);
        Put("event", _event);
        Put("mode", _mode);
        Put("context", _context);
        Put("publisher", _publisher);
        Put("url", _url);
        Put("eventText", _text);
        // An intensity outside PLOVER's -10..10 (or "NA") is left out: the category's own weight applies.
        if (Fields.TryParseDouble(Cell(_intensity), out var intensity) && intensity is >= -10 and <= 10) record["intensity"] = intensity;
        record["actor"] = Actors(_actor, Cell);
        record["recipient"] = Actors(_recipient, Cell);
        return JsonSerializer.SerializeToElement(record);
    }

    private static JsonArray Actors(Side side, Func<int, string> cell)
    {
        var names = List(cell(side.Name));
        var countries = List(cell(side.Country));
        var sector = cell(side.Sector);
        var result = new JsonArray();
        var count = Math.Max(names.Count, names.Count == 0 ? Math.Min(countries.Count, 1) : 0);
        for (var i = 0; i < count; i++)
        {
            var name = i < names.Count ? names[i] : "";
            var countryText = countries.Count == 0 ? "" : countries[countries.Count == names.Count ? i : 0];
            var country = CountryTable.ByName(countryText);
            var actor = new JsonObject();
            if (name.Length == 0 && country is not null)
            {
                // No name: the country itself, or its government, military... when the sector is a CAMEO role, by its
                // code (MIL) or written out as ICEWS writes sectors ("Military", "Government").
                actor["actorText"] = country.Name;
                actor["code"] = country.Code;
                if ((CameoCodes.Role(sector.ToUpperInvariant()) ?? IcewsRoles.Role(sector)) is { } role) actor["sector"] = role.Code;
            }
            else if (name.Length > 0 && CountryTable.ByName(name) is { } named)
            {
                actor["actorText"] = name;
                actor["code"] = named.Code;
            }
            else if (name.Length > 0)
            {
                actor["actorText"] = name;
                if (countryText.Length > 0) actor["country"] = countryText;
                if (sector.Length > 0) actor["sector"] = sector;
            }
            else continue;
            result.Add(actor);
        }
        return result;
    }

    private static List<string> List(string cell) =>
        [.. cell.Split(';', StringSplitOptions.TrimEntries).Select(Clean).Where(s => s.Length > 0)];

    /// <summary>Quotes and the ways POLECAT and its readers write "nothing" removed.</summary>
    private static string Clean(string cell)
    {
        var s = cell.Trim();
        if (s.Length >= 2 && s[0] == '"' && s[^1] == '"') s = s[1..^1].Trim();
        return s is "NA" or "N/A" or "None" or "nan" or "NaN" or "null" or "NULL" ? "" : s;
    }

    private readonly record struct Side(int Name, int Country, int Sector);
}
