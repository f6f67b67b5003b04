using ActorGraph.Service.Security;

namespace ActorGraph.Service.Api;

/// <summary>Turns an <see cref="ApiProblem"/> thrown by an endpoint into its ProblemDetails response; seed
/// errors in it name files relative to the seed folder (see <see cref="SeedPathRedactor"/>).</summary>
public sealed class ApiProblemFilter : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (ApiProblem problem)
        {
            if (problem.RetryAfterSeconds is { } seconds)
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var redactor = context.HttpContext.RequestServices.GetRequiredService<SeedPathRedactor>();
            var extensions = problem.Extensions.ToDictionary(
                e => e.Key, e => e.Key == "errors" && e.Value is IEnumerable<string> errors ? redactor.Redact(errors) : e.Value);
            return TypedResults.Problem(
                detail: redactor.Redact(problem.Message),
                statusCode: problem.Status,
                title: problem.Title,
                extensions: extensions);
        }
    }
}
