using ActorGraph.Core.Model;

namespace ActorGraph.Import.Aggregation;

/// <summary>Guesses an actor's kind from event-data fields. A guess: review it in the seed folder.</summary>
public static class ActorKinds
{
    /// <summary>From CAMEO codes (GDELT): the type code first, then the shape of the actor code.</summary>
    public static ActorKind FromCameo(ReadOnlySpan<char> code, ReadOnlySpan<char> country, ReadOnlySpan<char> knownGroup, ReadOnlySpan<char> type)
    {
        var byType = FromCameoType(type);
        if (byType != ActorKind.Other) return byType;
        if (code.Length >= 6) byType = FromCameoType(code.Slice(code.Length - 3, 3));
        if (byType != ActorKind.Other) return byType;
        if (code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal)) return ActorKind.Organisation;
        if (!knownGroup.IsEmpty) return ActorKind.Organisation;
        if (code.Length == 3 && code.SequenceEqual(country)) return ActorKind.State;
        return ActorKind.Other;
    }

    private static ActorKind FromCameoType(ReadOnlySpan<char> type) => type switch
    {
        "GOV" or "LEG" or "JUD" or "ELI" or "PTY" => ActorKind.Government,
        "MIL" or "COP" or "SPY" => ActorKind.Agency,
        "REB" or "INS" or "SEP" or "UAF" => ActorKind.ArmedGroup,
        "IGO" or "NGO" or "NGM" or "MNC" or "BUS" or "MED" => ActorKind.Organisation,
        "CVL" or "REF" or "LAB" or "AGR" or "EDU" or "HLH" or "OPP" => ActorKind.Population,
        _ => ActorKind.Other,
    };

    /// <summary>From ICEWS sectors and names: a name equal to its country is a state.</summary>
    public static ActorKind FromSectors(ReadOnlySpan<char> name, ReadOnlySpan<char> country, ReadOnlySpan<char> sectors)
    {
        if (!name.IsEmpty && name.Equals(country, StringComparison.OrdinalIgnoreCase)) return ActorKind.State;
        if (Has(sectors, "Rebel") || Has(sectors, "Insurgent") || Has(sectors, "Separatist") || Has(sectors, "Militant") || Has(sectors, "Armed")) return ActorKind.ArmedGroup;
        if (Has(sectors, "Military") || Has(sectors, "Police") || Has(sectors, "Intelligence")) return ActorKind.Agency;
        if (Has(sectors, "Government") || Has(sectors, "Executive") || Has(sectors, "Cabinet") || Has(sectors, "Legislative") || Has(sectors, "Ministry")) return ActorKind.Government;
        if (Has(sectors, "Organization") || Has(sectors, "Nongovernmental") || Has(sectors, "International")) return ActorKind.Organisation;
        if (name.StartsWith("Citizen", StringComparison.OrdinalIgnoreCase) || Has(sectors, "Protester") || Has(sectors, "Refugee")) return ActorKind.Population;
        return ActorKind.Other;
    }

    private static bool Has(ReadOnlySpan<char> text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
