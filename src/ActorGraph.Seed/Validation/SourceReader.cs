using ActorGraph.Core.Model;
using ActorGraph.Seed.Records;
using F = ActorGraph.Seed.Records.Fields.Source;

namespace ActorGraph.Seed.Validation;

/// <summary>Reads and checks one source record.</summary>
internal static class SourceReader
{
    public static void Read(SeedRecord record, SeedContext context)
    {
        var errors = context.Errors;
        var ok = true;
        string? id = null;
        if (!record.TryGetText(F.Id, errors, out var idText, out var idLocation))
        {
            errors.Add(record.File, idLocation, "source is missing the required field 'id'");
            ok = false;
        }
        else if (!ValueParser.IsRecordId(idText))
        {
            errors.Add(record.File, idLocation, $"source id '{idText}' must not contain spaces or '~'");
            ok = false;
        }
        else
        {
            id = idText.ToString();
        }

        var title = record.GetString(F.Title, errors, out var titleLocation);
        if (title is null)
        {
            errors.Add(record.File, titleLocation, "source is missing the required field 'title'");
            ok = false;
        }
        var publisher = record.GetString(F.Publisher, errors, out _);
        ok &= ValueParser.TryDate(record, F.Date, errors, "date", out var date, out _);

        string? url = null;
        if (record.TryGetText(F.Url, errors, out var urlText, out var urlLocation))
        {
            if (Uri.TryCreate(urlText.ToString(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                url = urlText.ToString();
            }
            else
            {
                errors.Add(record.File, urlLocation, $"url '{urlText}' must be an absolute http or https address");
                ok = false;
            }
        }

        if (id is null || !context.Register(context.SourceIds, "source", id, record, idLocation) || !ok) return;
        context.Sources.Add(new Source(id, title!, publisher, date, url));
    }
}
