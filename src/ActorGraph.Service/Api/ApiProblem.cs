namespace ActorGraph.Service.Api;

/// <summary>A request the API cannot answer as asked: becomes a ProblemDetails response with
/// <see cref="Status"/>, a short <see cref="Title"/>, the message as detail, and optional extensions
/// (for example the closest actor names). Thrown only for bad input, never for bugs.</summary>
public sealed class ApiProblem : Exception
{
    /// <summary>Creates a problem.</summary>
    public ApiProblem(int status, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(detail)
    {
        Status = status;
        Title = title;
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    /// <summary>Creates a 400 problem.</summary>
    public ApiProblem() : this(StatusCodes.Status400BadRequest, "Bad request", "bad request") { }

    /// <summary>Creates a 400 problem.</summary>
    public ApiProblem(string message) : this(StatusCodes.Status400BadRequest, "Bad request", message) { }

    /// <summary>Creates a 400 problem.</summary>
    public ApiProblem(string message, Exception innerException) : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
        Title = "Bad request";
        Extensions = new Dictionary<string, object?>();
    }

    /// <summary>The HTTP status.</summary>
    public int Status { get; }

    /// <summary>The problem's title.</summary>
    public string Title { get; }

    /// <summary>When set, the response carries a Retry-After header of this many seconds (429, 503).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Extra members of the problem document.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <summary>A 400 for an invalid query parameter.</summary>
    public static ApiProblem BadParameter(string name, string detail) =>
        new(StatusCodes.Status400BadRequest, "Invalid parameter", $"{name}: {detail}",
            new Dictionary<string, object?> { ["parameter"] = name });
}
