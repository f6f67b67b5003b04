using System.CommandLine;
using ActorGraph.Analysis.Projection;
using ActorGraph.Cli.Commands.Evidence;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Model;
using ActorGraph.Core.Queries;
using ActorGraph.Core.Text;

namespace ActorGraph.Cli.Commands.Graph;

/// <summary><c>actorgraph show ACTOR</c>: one actor's profile with relations and evidence.</summary>
public sealed class ShowCommand : ICliCommand
{
    /// <inheritdoc />
    public int Order => 30;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var source = new GraphSourceOptions();
        var scope = new QueryScopeOptions { WithCurrent = false };
        var actor = new Argument<string>("ACTOR") { Description = "Id, name or alias; case, accents and punctuation are ignored (\"u.s.\", \"turkiye\")." };
        var command = new Command("show",
            "Profile of one actor: kind, aliases, its relations grouped by kind with dates and evidence,\n" +
            "and the mediation processes it is a party to or mediates, with their outcomes. Repeated evidence is\n" +
            "printed once; -v prints each note in full with its source's title, date, URL and paragraph.\n\n" +
            "Examples:\n  actorgraph show hamas\n  actorgraph show \"u.s.\" --as-of 2024-11-01 --format json");
        command.Arguments.Add(actor);
        source.AddTo(command);
        scope.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (graph, queries) = await source.LoadAsync(parse, context, cancellationToken);
            var found = graph.Resolve(parse.GetValue(actor)!);
            var profile = queries.Profile(graph, found.Id, parse.GetValue(scope.AsOf));
            if (scope.IsJson(parse)) FormatOption.WriteJson(context, profile);
            else FormatOption.WriteText(context, o => Write(o, profile, parse.GetValue(scope.Evidence)));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter o, ActorProfile profile, bool full)
    {
        var a = profile.Actor;
        var fold = new EvidenceFold();
        o.WriteLine($"{a.Name} ({a.Id})");
        o.WriteLine($"  kind:        {EnumText.Name(a.Kind)}");
        if (a.Country is not null) o.WriteLine($"  country:     {a.Country}");
        if (a.Aliases.Length > 0) o.WriteLine($"  aliases:     {string.Join(", ", a.Aliases)}");
        if (a.Description is not null) o.WriteLine($"  description: {a.Description}");

        o.WriteLine();
        o.WriteLine(profile.Relations.Length == 0 ? "Relations: none on record" : $"Relations ({profile.Relations.Length}):");
        foreach (var group in profile.Relations.GroupBy(t => t.Kind))
        {
            o.WriteLine($"  {group.Key.Name} [{EnumText.Name(group.Key.Sign)}]");
            foreach (var tie in group)
            {
                var arrow = tie.Direction switch { TieDirection.Outgoing => "->", TieDirection.Incoming => "<-", _ => "--" };
                var when = tie.When.ToString();
                var details = new List<string>();
                if (when.Length > 0) details.Add(when);
                if (tie.Modality != Modality.Reported) details.Add(EnumText.Name(tie.Modality));
                details.Add(FormattableString.Invariant($"strength {tie.Strength:0.##}, confidence {tie.Confidence:0.##}"));
                if (tie.Topics.Length > 0) details.Add("topics: " + string.Join(", ", tie.Topics));
                var refs = EvidenceFold.Refs(fold.CiteAll(tie.Evidence.Select(Item), tie.Other.Name));
                o.WriteLine($"    {arrow} {tie.Other.Name} ({tie.Other.Id})  {string.Join("; ", details)} {refs}");
            }
        }

        o.WriteLine();
        o.WriteLine(profile.Processes.Length == 0 ? "Mediation processes: none" : $"Mediation processes ({profile.Processes.Length}):");
        foreach (var p in profile.Processes)
        {
            var when = p.When.ToString();
            o.WriteLine($"  {p.Name} ({p.Id}): {p.Role}; {EnumText.Name(p.Status)}{(when.Length > 0 ? "; " + when : "")}{(p.Inferred ? "; inferred from event data" : "")}");
            o.WriteLine($"    parties:   {string.Join(", ", p.Parties.Select(r => r.Name))}");
            o.WriteLine($"    mediators: {string.Join(", ", p.Mediators.Select(r => r.Name))}");
            foreach (var outcome in p.Outcomes)
            {
                var date = outcome.Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "undated";
                o.WriteLine($"    outcome ({date}): {outcome.Description} {EvidenceFold.Refs(fold.CiteAll(outcome.Evidence.Select(Item), p.Name))}");
            }
        }
        EvidenceList.Write(o, fold, full);
    }

    /// <summary>A profile's evidence in the form the evidence list prints.</summary>
    private static EvidenceItem Item(EvidenceView e) => new(e.SourceId, e.SourceTitle, e.Locator, e.Note, e.SourceDate, e.Url);
}
