using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A relation whose other end is known only once the whole report is read: the other side of the
/// main conflict ("Hamas ... its key demands"), or both sides ("the talks").</summary>
internal sealed record PendingRelation(RelationRule Rule, DocActor? Source, Modality Modality, PartialDate? Date, FactLocation Where, string Quote);
