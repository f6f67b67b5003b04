using System.Collections.Frozen;
using System.Globalization;

namespace ActorGraph.Import.Mapping;

/// <summary>CAMEO event codes (version <see cref="Version"/>, the code book GDELT 2.0 and ICEWS use) mapped
/// to the model. Codes stay strings: <c>043</c> and <c>43</c> are different things in CAMEO.</summary>
/// <remarks>Lookup is by the most specific entry: the full code (<c>0871</c>), then its three-digit base
/// (<c>087</c>), then its two-digit root (<c>08</c>). The table is in docs/import.md.</remarks>
public static class CameoMapping
{
    /// <summary>The pinned CAMEO version. Older code books number the 1xx codes differently.</summary>
    public const string Version = "1.1b3";

    // Index by (length, value): "045" -> 3*10000+45. Lengths 2..4 digits.
    private static readonly EventMapping?[] Table = Build();

    private static readonly FrozenDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        ["01"] = "make public statement", ["02"] = "appeal", ["03"] = "express intent to cooperate",
        ["04"] = "consult", ["05"] = "engage in diplomatic cooperation", ["06"] = "engage in material cooperation",
        ["07"] = "provide aid", ["08"] = "yield", ["09"] = "investigate", ["10"] = "demand",
        ["11"] = "disapprove", ["12"] = "reject", ["13"] = "threaten", ["14"] = "protest",
        ["15"] = "exhibit force posture", ["16"] = "reduce relations", ["17"] = "coerce", ["18"] = "assault",
        ["19"] = "fight", ["20"] = "use unconventional mass violence",
        ["028"] = "appeal to engage in or accept mediation", ["038"] = "express intent to accept mediation",
        ["039"] = "express intent to mediate", ["042"] = "make a visit", ["043"] = "host a visit",
        ["044"] = "meet at a third location", ["045"] = "mediate", ["046"] = "engage in negotiation",
        ["057"] = "sign formal agreement", ["0871"] = "declare truce, ceasefire", ["108"] = "demand mediation",
        ["126"] = "reject mediation", ["135"] = "threaten to halt mediation", ["165"] = "halt mediation",
        ["196"] = "violate ceasefire",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static EventMapping?[] Build()
    {
        var t = new EventMapping?[50_000];
        void Set(string code, EventMapping m) => t[Key(code)] = m;

        // Roots (two digits).
        Set("01", EventMappings.Engages);
        Set("02", EventMappings.Engages);
        Set("03", EventMappings.EngagesIntent);
        Set("04", EventMappings.Meets);
        Set("05", EventMappings.Cooperates);
        Set("06", EventMappings.Cooperates);
        Set("07", EventMappings.Aids);
        Set("08", EventMappings.Yields);
        Set("09", EventMappings.Engages);
        Set("10", EventMappings.Demands);
        Set("11", EventMappings.Accuses);
        Set("12", EventMappings.Rejects);
        Set("13", EventMappings.Threatens);
        Set("14", EventMappings.Pressures);
        Set("15", EventMappings.ShowsForce);
        Set("16", EventMappings.Sanctions);
        Set("17", EventMappings.Pressures);
        Set("18", EventMappings.Attacks);
        Set("19", EventMappings.Attacks);
        Set("20", EventMappings.Attacks);

        // Mediation-related codes (CAMEO 1.1b3).
        Set("028", EventMappings.AppealsMediation);
        Set("038", EventMappings.MediatesIntent); // read with the actors swapped: see Lookup's targetMediates
        Set("039", EventMappings.MediatesIntent);
        Set("043", EventMappings.Meets);
        Set("044", EventMappings.Meets);
        Set("045", EventMappings.Mediates);
        Set("046", EventMappings.Negotiates);
        Set("057", EventMappings.Agreement);
        Set("0871", EventMappings.AgreesCeasefire);
        Set("108", EventMappings.DemandsMediation);
        Set("126", EventMappings.RejectsMediation);
        Set("135", EventMappings.ThreatensMediation);
        Set("165", EventMappings.HaltsMediation);
        Set("196", EventMappings.ViolatesCeasefire);
        return t;
    }

    private static int Key(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits) value = value * 10 + (c - '0');
        return digits.Length * 10_000 + value;
    }

    /// <summary>Puts back a leading zero lost by a spreadsheet or an integer column (<c>43</c> → <c>043</c>,
    /// <c>871</c> → <c>0871</c>): no CAMEO root is above 20. Returns false for anything that is not 2–4 digits.</summary>
    public static bool TryNormalise(ReadOnlySpan<char> code, Span<char> buffer, out int length)
    {
        length = 0;
        code = code.Trim();
        if (code.Length is < 2 or > 4 || buffer.Length < 4) return false;
        foreach (var c in code) if (c is < '0' or > '9') return false;
        var root = (code[0] - '0') * 10 + (code[1] - '0');
        if (root > 20 && code.Length < 4)
        {
            buffer[0] = '0';
            code.CopyTo(buffer[1..]);
            length = code.Length + 1;
        }
        else
        {
            code.CopyTo(buffer);
            length = code.Length;
        }
        return true;
    }

    /// <summary>The mapping for a CAMEO event code, or null when the code is not a CAMEO code.</summary>
    public static EventMapping? Lookup(ReadOnlySpan<char> code) => Lookup(code, out _);

    /// <summary>The mapping for a CAMEO event code, or null when the code is not a CAMEO code;
    /// <paramref name="targetMediates"/> is true when the tie runs from the event's target to its source.</summary>
    /// <remarks>CAMEO 038 "express intent to accept mediation" codes the party that will accept as the source and
    /// the mediator as the target ("Israel said it would accept US mediation": source Israel, target US), so its
    /// mediation tie runs from the target (the mediator) to the source (the party), as PLOVER's "agreed to Y's
    /// mediation" does.</remarks>
    public static EventMapping? Lookup(ReadOnlySpan<char> code, out bool targetMediates)
    {
        targetMediates = false;
        Span<char> buffer = stackalloc char[4];
        if (!TryNormalise(code, buffer, out var length)) return null;
        var digits = buffer[..length];
        targetMediates = length >= 3 && digits[..3] is "038";
        return Table[Key(digits)]
            ?? (length >= 3 ? Table[Key(digits[..3])] : null)
            ?? Table[Key(digits[..2])];
    }

    /// <summary>The CAMEO description of a code (the code itself, its base, or its root), for evidence notes.</summary>
    public static string Describe(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (Descriptions.TryGetValue(code, out var d)) return d;
        if (code.Length > 3 && Descriptions.TryGetValue(code[..3], out d)) return d;
        return code.Length >= 2 && Descriptions.TryGetValue(code[..2], out d) ? d : "code " + code.ToString(CultureInfo.InvariantCulture);
    }
}
