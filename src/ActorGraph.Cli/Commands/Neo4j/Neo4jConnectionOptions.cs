using System.CommandLine;
using ActorGraph.Bolt;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Hosting.Options;
using ActorGraph.Hosting.Stores;

namespace ActorGraph.Cli.Commands.Neo4j;

/// <summary>The Neo4j connection options shared by <c>load</c> and <c>cypher</c>: --neo4j, --user, --database,
/// --password-stdin. The password comes from ACTORGRAPH_NEO4J_PASSWORD or one line of stdin; it is never printed.</summary>
public sealed class Neo4jConnectionOptions
{
    public const string UriVariable = Neo4jOptions.UriVariable;
    public const string UserVariable = Neo4jOptions.UserVariable;
    public const string PasswordVariable = Neo4jOptions.PasswordVariable;

    public Option<string?> Uri { get; } = new("--neo4j")
    {
        Description = $"Neo4j URI (bolt://, bolt+s://, neo4j://, neo4j+s://...). Default: ${UriVariable}.",
        HelpName = "URI",
    };

    public Option<string?> User { get; } = new("--user", "-u")
    {
        Description = $"Neo4j user. Default: ${UserVariable}, else neo4j. The password comes from ${PasswordVariable} or --password-stdin.",
        HelpName = "USER",
    };

    public Option<string?> Database { get; } = new("--database", "-d")
    {
        Description = "Database name. Default: the user's home database.",
        HelpName = "DB",
    };

    public Option<bool> PasswordStdin { get; } = new("--password-stdin")
    {
        Description = "Read the password from the first line of stdin instead of the environment.",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Uri);
        command.Options.Add(User);
        command.Options.Add(Database);
        command.Options.Add(PasswordStdin);
    }

    /// <summary>The URI as given, for messages (a URI carrying credentials is refused by the driver).</summary>
    public string ResolveUri(ParseResult parse, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        var uri = parse.GetValue(Uri) ?? context.GetEnvironmentVariable(UriVariable);
        if (string.IsNullOrWhiteSpace(uri))
            throw new CliException($"no Neo4j server given: pass --neo4j URI (e.g. bolt://localhost:7687) or set {UriVariable}.", ExitCodes.Usage);
        return Validate(uri);
    }

    /// <summary>Checks a Neo4j URI's scheme and that it carries no credentials; returns it.</summary>
    public static string Validate(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("bolt" or "bolt+s" or "bolt+ssc" or "neo4j" or "neo4j+s" or "neo4j+ssc"))
            throw new CliException($"'{Redact(uri)}' is not a Neo4j URI; use bolt://host:7687 or neo4j://host:7687 (also +s and +ssc for TLS).", ExitCodes.Usage);
        if (!string.IsNullOrEmpty(parsed.UserInfo))
            throw new CliException($"put no credentials in the URI ('{Redact(uri)}'); use --user and {PasswordVariable}.", ExitCodes.Usage);
        return uri;
    }

    public string? ResolveDatabase(ParseResult parse) => parse?.GetValue(Database);

    /// <summary>Creates the driver; <paramref name="stdin"/> is read only with --password-stdin.</summary>
    public IDriver CreateDriver(ParseResult parse, CliContext context, Func<TextReader> stdin)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        var uri = ResolveUri(parse, context);
        var user = parse.GetValue(User) ?? context.GetEnvironmentVariable(UserVariable) ?? "neo4j";
        string? password;
        if (parse.GetValue(PasswordStdin))
        {
            password = stdin().ReadLine()?.TrimEnd('\r');
            if (string.IsNullOrEmpty(password)) throw new CliException("--password-stdin: stdin gave no password line.", ExitCodes.Usage);
        }
        else
        {
            password = context.GetEnvironmentVariable(PasswordVariable);
        }
        return Neo4jConnection.CreateDriver(new Neo4jOptions { Uri = uri, User = user, Password = password, Database = ResolveDatabase(parse) });
    }

    /// <summary>Turns the driver's errors into messages with the right exit code, never a stack trace.</summary>
    public static CliException Explain(Exception e, string uri) => e switch
    {
        ServiceUnavailableException or SessionExpiredException =>
            new CliException($"cannot reach Neo4j at {Redact(uri)}: {e.Message.TrimEnd('.')}. Is the server running (docker compose up neo4j)?", ExitCodes.Unavailable),
        AuthenticationException =>
            new CliException($"Neo4j at {Redact(uri)} refused the credentials ({((Neo4jException)e).Code}). Check --user and {PasswordVariable}.", ExitCodes.InputError),
        SecurityException => new CliException($"TLS with {Redact(uri)} failed: {e.Message}", ExitCodes.Unavailable),
        Neo4jException n => new CliException($"{n.Code}: {n.Message}", ExitCodes.InputError),
        _ => new CliException(e.Message, ExitCodes.Internal),
    };

    public static bool IsDriverError(Exception e) => e is Neo4jException;

    /// <summary>The URI without any user info, for messages.</summary>
    public static string Redact(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var u) && !string.IsNullOrEmpty(u.UserInfo)
            ? uri.Replace(u.UserInfo + "@", "***@", StringComparison.Ordinal)
            : uri;
}
