namespace ActorGraph.Import.Diagnostics;

/// <summary>Why a row of event data was not turned into a tie.</summary>
public enum SkipReason
{
    /// <summary>The row has the wrong number of columns for its layout (malformed).</summary>
    WrongColumnCount,
    /// <summary>A date could not be read (malformed).</summary>
    BadDate,
    /// <summary>A numeric field (Goldstein, QuadClass, NumSources, intensity) is not a number or out of range (malformed).</summary>
    BadNumber,
    /// <summary>A line of a JSON-lines file is not a JSON object (malformed).</summary>
    BadJson,
    /// <summary>A required field (event code, date) is empty (malformed).</summary>
    MissingField,
    /// <summary>An event code or type is not one of the code book's (malformed).</summary>
    BadCode,
    /// <summary>The event has no actor on one side (common in GDELT; not an error).</summary>
    MissingActor,
    /// <summary>A side names only a role with no country or group (CAMEO <c>GOV</c> alone: whose government?).
    /// Not an error; such a side is no actor.</summary>
    UnscopedRole,
    /// <summary>Both sides are the same actor (not an error).</summary>
    SameActor,
    /// <summary>The event code or type maps to no relation kind (not an error; counted).</summary>
    UnmappedEvent,
}

/// <summary>Which skip reasons mean the input is malformed (and fail <c>--strict</c>).</summary>
public static class SkipReasons
{
    /// <summary>True for reasons that mean a broken row rather than an event ActorGraph does not model.</summary>
    public static bool IsMalformed(this SkipReason reason) =>
        reason is SkipReason.WrongColumnCount or SkipReason.BadDate or SkipReason.BadNumber
            or SkipReason.BadJson or SkipReason.MissingField or SkipReason.BadCode;

    /// <summary>A short lower-case label for summaries ("wrong column count").</summary>
    public static string Label(this SkipReason reason) => reason switch
    {
        SkipReason.WrongColumnCount => "wrong column count",
        SkipReason.BadDate => "bad date",
        SkipReason.BadNumber => "non-numeric field",
        SkipReason.BadJson => "not a JSON object",
        SkipReason.MissingField => "missing required field",
        SkipReason.BadCode => "unknown event code",
        SkipReason.MissingActor => "no actor on one side",
        SkipReason.UnscopedRole => "role without a country",
        SkipReason.SameActor => "same actor on both sides",
        SkipReason.UnmappedEvent => "event code not mapped",
        _ => reason.ToString(),
    };
}
