using ActorGraph.Reading.Input;
using ActorGraph.Service.Api;

namespace ActorGraph.Service.Reading;

/// <summary>Turns a report the reader cannot read into a typed problem: the status, a title per kind, and the
/// kind as the <c>error</c> member (<c>empty</c>, <c>binary</c>, <c>no-article</c>, <c>unsupported-language</c>,
/// <c>too-large</c>, <c>paragraph-too-long</c>, <c>too-many-facts</c>, <c>timeout</c>), so a client can tell them apart.</summary>
public static class ReadingProblems
{
    /// <summary>The problem for <paramref name="error"/>.</summary>
    public static ApiProblem Of(ReadingException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (status, title) = error.Error switch
        {
            ReadingError.Empty => (StatusCodes.Status422UnprocessableEntity, "Empty report"),
            ReadingError.Binary => (StatusCodes.Status415UnsupportedMediaType, "Not a text report"),
            ReadingError.NoArticle => (StatusCodes.Status422UnprocessableEntity, "No article in the report"),
            ReadingError.UnsupportedLanguage => (StatusCodes.Status422UnprocessableEntity, "Language not read"),
            ReadingError.TooLarge or ReadingError.ParagraphTooLong or ReadingError.TooManyFacts => (StatusCodes.Status413PayloadTooLarge, "Report too large"),
            _ => (StatusCodes.Status422UnprocessableEntity, "Report not readable"),
        };
        return new ApiProblem(status, title, error.Message, new Dictionary<string, object?>
        {
            ["error"] = System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(error.Error.ToString()),
            ["line"] = error.Line,
        });
    }

    /// <summary>The problem for a reading that took longer than <paramref name="timeout"/>.</summary>
    public static ApiProblem TimedOut(TimeSpan timeout) =>
        new(StatusCodes.Status413PayloadTooLarge, "Report takes too long to read",
            $"reading stopped after {timeout.TotalSeconds:0} s (ActorGraph:Review:TimeoutSeconds); split the report, or read it with `actorgraph read`",
            new Dictionary<string, object?> { ["error"] = "timeout" });
}
