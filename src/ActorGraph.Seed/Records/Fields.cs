namespace ActorGraph.Seed.Records;

/// <summary>Field positions and names of every record kind in a seed folder (see docs/seed-format.md).</summary>
internal static class Fields
{
    internal static class Actor
    {
        public const int Id = 0, Name = 1, Kind = 2, Aliases = 3, Country = 4, Description = 5;
        public static readonly FieldSet Set = new("actor", "id", "name", "kind", "aliases", "country", "description");
    }

    internal static class Source
    {
        public const int Id = 0, Title = 1, Publisher = 2, Date = 3, Url = 4;
        public static readonly FieldSet Set = new("source", "id", "title", "publisher", "date", "url");
    }

    internal static class Relation
    {
        public const int Id = 0, Source = 1, Target = 2, Kind = 3, Strength = 4, Confidence = 5, Date = 6, Start = 7,
            End = 8, Topics = 9, Modality = 10, Evidence = 11, EvidenceSource = 12, EvidenceLocator = 13,
            EvidenceNote = 14, Weight = 15;

        public static readonly FieldSet Set = new("relation", "id", "source", "target", "kind", "strength", "confidence",
            "date", "start", "end", "topics", "modality", "yaml:evidence", "csv:evidence_source", "csv:evidence_locator",
            "csv:evidence_note", "weight");
    }

    internal static class Process
    {
        public const int Id = 0, Name = 1, Parties = 2, Mediators = 3, Topics = 4, Status = 5, Start = 6, End = 7,
            Outcomes = 8, Evidence = 9, EvidenceSource = 10, EvidenceLocator = 11, EvidenceNote = 12, Inferred = 13,
            Confidence = 14;

        public static readonly FieldSet Set = new("process", "id", "name", "parties", "mediators", "topics", "status",
            "start", "end", "yaml:outcomes", "yaml:evidence", "csv:evidence_source", "csv:evidence_locator",
            "csv:evidence_note", "inferred", "confidence");
    }

    /// <summary>An item of an <c>evidence:</c> list in YAML.</summary>
    internal static class Evidence
    {
        public const int Source = 0, Locator = 1, Note = 2;
        public static readonly FieldSet Set = new("evidence", "source", "locator", "note");
    }

    /// <summary>An item of a process's <c>outcomes:</c> list in YAML.</summary>
    internal static class Outcome
    {
        public const int Date = 0, Description = 1, Evidence = 2;
        public static readonly FieldSet Set = new("outcome", "date", "description", "evidence");
    }
}
