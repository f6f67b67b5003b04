namespace ActorGraph.Service.Api;

/// <summary>Turns an <see cref="ApiProblem"/> thrown by an endpoint into its ProblemDetails response.</summary>
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
            return TypedResults.Problem(
                detail: problem.Message,
                statusCode: problem.Status,
                title: problem.Title,
                extensions: problem.Extensions);
        }
    }
}
