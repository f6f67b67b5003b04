using System.ComponentModel.DataAnnotations;

namespace ActorGraph.Hosting.Options;

/// <summary>The Neo4j store (<c>ActorGraph:Neo4j</c>); used only when <see cref="Uri"/> is set.</summary>
/// <remarks>The password comes from <c>ActorGraph:Neo4j:Password</c> or, when that is empty, from the
/// <c>ACTORGRAPH_NEO4J_PASSWORD</c> environment variable. It is never logged and <see cref="ToString"/>
/// leaves it out.</remarks>
public sealed class Neo4jOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ActorGraph:Neo4j";

    /// <summary>The environment variable read for the password.</summary>
    public const string PasswordVariable = "ACTORGRAPH_NEO4J_PASSWORD";

    /// <summary>The environment variable the CLI reads for the user name.</summary>
    public const string UserVariable = "ACTORGRAPH_NEO4J_USER";

    /// <summary>The environment variable the CLI reads for the server address.</summary>
    public const string UriVariable = "ACTORGRAPH_NEO4J_URI";

    private static readonly string[] Schemes = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

    /// <summary>The server, e.g. <c>bolt://127.0.0.1:7687</c>; empty for the embedded store.</summary>
    public string? Uri { get; set; }

    /// <summary>The user name.</summary>
    public string User { get; set; } = "neo4j";

    /// <summary>The password (secret).</summary>
    public string? Password { get; set; }

    /// <summary>The database name; null for the user's home database.</summary>
    public string? Database { get; set; } = "neo4j";

    /// <summary>How long to keep retrying while the server starts, in seconds.</summary>
    [Range(0, 3600, ErrorMessage = "ActorGraph:Neo4j:StartupTimeoutSeconds must be between 0 and 3600.")]
    public int StartupTimeoutSeconds { get; set; } = 120;

    /// <summary>How long managed transactions retry transient errors, in seconds; null for the driver's 30 s.
    /// A one-shot query uses a few seconds, so that it fails fast when the server is down.</summary>
    public int? MaxRetrySeconds { get; set; }

    /// <summary>The address as given, for messages (validation refuses addresses that carry credentials).</summary>
    public string Address => Uri ?? "";

    /// <summary>True when a Neo4j server is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Uri);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured) yield break;
        if (System.Uri.TryCreate(Uri, UriKind.Absolute, out var withUser) && withUser.UserInfo.Length > 0)
        {
            // Never echo this address: it holds a secret.
            yield return new ValidationResult(
                $"ActorGraph:Neo4j:Uri carries a user name or password; give the address alone (e.g. bolt://{withUser.Host}:{withUser.Port}), " +
                $"the user in ActorGraph:Neo4j:User and the password in {PasswordVariable}.",
                [nameof(Uri)]);
            yield break;
        }
        if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) || !Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"ActorGraph:Neo4j:Uri '{Uri}' is not a Neo4j address; use e.g. bolt://127.0.0.1:7687 (schemes: {string.Join(", ", Schemes)}).",
                [nameof(Uri)]);
        }
        if (string.IsNullOrWhiteSpace(User))
            yield return new ValidationResult("ActorGraph:Neo4j:User is empty.", [nameof(User)]);
        if (string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult(
                $"no Neo4j password: set the {PasswordVariable} environment variable (or ActorGraph:Neo4j:Password).",
                [nameof(Password)]);
        }
        if (Database is not null && string.IsNullOrWhiteSpace(Database))
            yield return new ValidationResult("ActorGraph:Neo4j:Database is empty.", [nameof(Database)]);
    }

    /// <summary>A description without the password.</summary>
    public override string ToString() => IsConfigured ? $"{Uri} (user {User}, database {Database})" : "(not configured)";
}
