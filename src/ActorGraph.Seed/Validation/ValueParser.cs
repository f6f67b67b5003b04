using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Seed.Records;

namespace ActorGraph.Seed.Validation;

/// <summary>Parses and range-checks single field values, reporting bad ones with their location.</summary>
internal static class ValueParser
{
    /// <summary>Checks an actor id: lower-case letters and digits in dash-separated words.</summary>
    public static bool IsKebabId(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id[0] == '-' || id[^1] == '-') return false;
        var previousDash = false;
        foreach (var c in id)
        {
            var dash = c == '-';
            if (dash && previousDash) return false;
            if (!dash && c is not (>= 'a' and <= 'z' or >= '0' and <= '9')) return false;
            previousDash = dash;
        }
        return true;
    }

    /// <summary>Checks the id of a relation, process or source: no spaces, no control characters, no <c>~</c>
    /// (reserved for the ids the loader derives).</summary>
    public static bool IsRecordId(ReadOnlySpan<char> id)
    {
        foreach (var c in id)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '~') return false;
        }
        return !id.IsEmpty;
    }

    /// <summary>A kebab-case id proposal for a name ("Foo Bar" → "foo-bar").</summary>
    public static string ToKebab(ReadOnlySpan<char> text)
    {
        var words = text.ToString().Split([' ', '-', '_', '.', ',', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(Core.Text.NameKey.Of).Where(w => w.Length > 0);
        return string.Join('-', words);
    }

    public static bool TryDate(SeedRecord record, int field, SeedErrors errors, string name, out DateOnly? date, out Location location)
    {
        date = null;
        if (!record.TryGetText(field, errors, out var text, out location)) return true;
        if (TryParseIsoDate(text, out var d))
        {
            date = d;
            return true;
        }
        errors.Add(record.File, location, $"invalid {name} '{text}': expected a date as YYYY-MM-DD (e.g. 2024-12-01)");
        return false;
    }

    /// <summary>Parses exactly <c>YYYY-MM-DD</c> (a real calendar day), without culture or allocation.</summary>
    public static bool TryParseIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)) return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>A number in 0..1, or <paramref name="fallback"/> when the field is absent.</summary>
    public static bool TryUnit(SeedRecord record, int field, SeedErrors errors, string name, double fallback, out double value)
    {
        value = fallback;
        if (!record.TryGetText(field, errors, out var text, out var location)) return true;
        if (!TryParseSimpleDecimal(text, out var v) &&
            (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out v) || double.IsNaN(v)))
        {
            errors.Add(record.File, location, $"{name} '{text}' is not a number; expected a number from 0 to 1 with a dot (e.g. 0.8)");
            return false;
        }
        if (v is < 0 or > 1)
        {
            errors.Add(record.File, location, $"{name} {text} is outside 0..1");
            return false;
        }
        value = v;
        return true;
    }

    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>Fast path for the common <c>0.125</c> shape (digits, optional dot and digits, at most 15
    /// digits): the digits as an integer divided by a power of ten. Both are exact doubles and IEEE
    /// division rounds correctly, so the result is the same double <see cref="double.Parse(string)"/> gives.</summary>
    public static bool TryParseSimpleDecimal(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        long digits = 0;
        var count = 0;
        var fraction = -1;
        foreach (var c in text)
        {
            if (c == '.' && fraction < 0)
            {
                fraction = 0;
                continue;
            }
            if (c is < '0' or > '9' || ++count > 15) return false;
            digits = digits * 10 + (c - '0');
            if (fraction >= 0) fraction++;
        }
        if (count == 0) return false;
        value = fraction > 0 ? digits / PowersOfTen[fraction] : digits;
        return true;
    }

    public static bool TryWeight(SeedRecord record, int field, SeedErrors errors, out int value)
    {
        value = 1;
        if (!record.TryGetText(field, errors, out var text, out var location)) return true;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < 1)
        {
            errors.Add(record.File, location, $"weight '{text}' must be a whole number of at least 1");
            return false;
        }
        value = v;
        return true;
    }

    public static bool TryBool(SeedRecord record, int field, SeedErrors errors, string name, out bool value)
    {
        value = false;
        if (!record.TryGetText(field, errors, out var text, out var location)) return true;
        if (bool.TryParse(text, out value)) return true;
        errors.Add(record.File, location, $"{name} '{text}' must be true or false");
        return false;
    }

    /// <summary>Parses a kebab-case enum value ("armed-group" → ArmedGroup; case and <c>_</c> for <c>-</c> ignored).</summary>
    public static bool TryEnum<T>(SeedRecord record, int field, SeedErrors errors, string entity, string name, EnumNames<T> names,
        T fallback, bool required, out T value) where T : struct, Enum
    {
        value = fallback;
        if (!record.TryGetText(field, errors, out var text, out var location))
        {
            if (!required) return true;
            errors.Add(record.File, location, $"{entity} is missing the required field '{name}' (one of {string.Join(", ", names.Names)})");
            return false;
        }
        if (names.TryGet(text, out value)) return true;
        var closest = Core.Text.Suggestions.Closest(text.ToString().Replace('_', '-'), names.Names, 1);
        var hint = closest.Count > 0 ? $"did you mean '{closest[0]}'? " : "";
        errors.Add(record.File, location, $"unknown {entity} {name} '{text}'; {hint}known values: {string.Join(", ", names.Names)}");
        return false;
    }
}
