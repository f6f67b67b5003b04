using System.CommandLine;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Service;

namespace ActorGraph.Cli.Commands.Serve;

/// <summary><c>actorgraph serve</c>: runs the web service (HTTP API, health endpoints and the page) on a seed folder,
/// reloading it when its files change.</summary>
public sealed class ServeCommand : ICliCommand
{
    /// <summary>The address served when <c>--urls</c> is not given: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <inheritdoc />
    public int Order => 90;

    /// <inheritdoc />
    public Command Build(CliContext context)
    {
        var source = new GraphSourceOptions { ReadsNeo4j = false };
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, ';'-separated (default {DefaultUrls}: this machine only; use http://0.0.0.0:5080 to serve the network).",
            DefaultValueFactory = _ => DefaultUrls,
            HelpName = "URL[;URL]",
        };
        var allowWrites = new Option<bool>("--allow-writes")
        {
            Description = "Let the page save reviewed report readings into the seed folder (as new read-*.yaml files). Off by default: read only, the page offers downloads.",
        };
        var command = new Command("serve",
            "Runs the ActorGraph web service: the page at /, the HTTP API under /api (OpenAPI at /openapi/v1.json),\n" +
            "and /health/live, /health/ready. The seed folder is watched: a saved edit is loaded when valid; an\n" +
            "invalid one is logged with file:line and the last good graph stays in service. Stop with Ctrl+C.\n" +
            "Other settings pass through as --ActorGraph:Section:Key=value (see docs/service.md).\n\n" +
            "Examples:\n  actorgraph serve\n  actorgraph serve --seed graph-seed --urls http://127.0.0.1:8080\n" +
            "  actorgraph serve --allow-writes\n  actorgraph serve --ActorGraph:Limits:MaxPaths=20")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        source.AddTo(command);
        command.Options.Add(urls);
        command.Options.Add(allowWrites);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var seed = source.ExistingSeedDirectory(parse, context);
            var listen = parse.GetValue(urls) ?? DefaultUrls;
            foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    throw new CliException($"--urls: '{url}' is not an http:// or https:// address, e.g. {DefaultUrls}", ExitCodes.Usage);
            }
            foreach (var token in parse.UnmatchedTokens)
            {
                if (!token.StartsWith("--", StringComparison.Ordinal))
                    throw new CliException($"unexpected argument '{token}'; settings are written --Section:Key=value", ExitCodes.Usage);
            }

            var writes = parse.GetValue(allowWrites);
            string[] args = ["--urls", listen, $"--ActorGraph:Seed:Folder={Path.GetFullPath(seed)}", .. (writes ? ["--ActorGraph:Review:AllowWrites=true"] : Array.Empty<string>()), .. parse.UnmatchedTokens];
            await context.Error.WriteLineAsync($"ActorGraph service: {listen} (seed {Path.GetFullPath(seed)}{(writes ? ", writes allowed" : ", read only")}); Ctrl+C to stop");
            return await ServiceApp.RunAsync(args, cancellationToken);
        });
        return command;
    }
}
