using ActorGraph.Core.Model;
using ActorGraph.Seed.Records;
using F = ActorGraph.Seed.Records.Fields.Actor;

namespace ActorGraph.Seed.Validation;

/// <summary>Reads and checks one actor record.</summary>
internal static class ActorReader
{
    public static readonly EnumNames<ActorKind> Kinds = new();

    public static void Read(SeedRecord record, SeedContext context, List<ListItem> scratch)
    {
        var errors = context.Errors;
        var ok = true;
        string? id = null;
        Location idLocation = default;
        if (!record.TryGetText(F.Id, errors, out var idText, out idLocation))
        {
            errors.Add(record.File, idLocation, "actor is missing the required field 'id'");
            ok = false;
        }
        else if (!ValueParser.IsKebabId(idText))
        {
            var proposal = ValueParser.ToKebab(idText);
            errors.Add(record.File, idLocation,
                $"actor id '{idText}' must be kebab case: lower-case letters and digits in words joined by single dashes" +
                (proposal.Length > 0 ? $" (e.g. '{proposal}')" : ""));
            ok = false;
        }
        else
        {
            id = idText.ToString();
        }

        var name = record.GetString(F.Name, errors, out var nameLocation);
        if (name is null)
        {
            errors.Add(record.File, nameLocation, "actor is missing the required field 'name'");
            ok = false;
        }

        ok &= ValueParser.TryEnum(record, F.Kind, errors, "actor", "kind", Kinds, ActorKind.Other, required: true, out var kind);

        scratch.Clear();
        record.GetList(F.Aliases, errors, scratch);
        var aliases = scratch.Count == 0 ? [] : scratch.Select(a => a.Text).ToImmutableArrayDistinct();

        string? country = null;
        if (record.TryGetText(F.Country, errors, out var countryText, out var countryLocation))
        {
            if (countryText.Length == 3 && char.IsAsciiLetter(countryText[0]) && char.IsAsciiLetter(countryText[1]) && char.IsAsciiLetter(countryText[2]))
            {
                country = countryText.ToString().ToUpperInvariant();
            }
            else
            {
                errors.Add(record.File, countryLocation, $"country '{countryText}' must be an ISO 3166-1 alpha-3 code of three letters (e.g. EGY, USA)");
                ok = false;
            }
        }

        var description = record.GetString(F.Description, errors, out _);

        if (id is null || !context.Register(context.ActorIds, "actor", id, record, idLocation) || !ok) return;

        var index = context.Actors.Count;
        context.Actors.Add(new Actor(id, name!, kind, aliases, country, description));
        foreach (var alias in scratch) context.AliasSites.Add((index, alias.Text, record.File, alias.Location));
    }

    private static System.Collections.Immutable.ImmutableArray<string> ToImmutableArrayDistinct(this IEnumerable<string> items) =>
        [.. items.Distinct(StringComparer.Ordinal)];
}
