using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorGraph.Bolt;
using ActorGraph.Cli.Infrastructure;

namespace ActorGraph.Cli.Commands.Neo4j;

/// <summary><c>actorgraph cypher</c>: runs Cypher against Neo4j (read mode unless --write) and prints a table
/// or JSON; without a query, statements come from --file, stdin, or an interactive prompt.</summary>
public sealed class CypherCommand : ICliCommand
{
    private const string HistoryFile = ".actorgraph_history";

    public int Order => 91;

    public Command Build(CliContext context)
    {
        var connection = new Neo4jConnectionOptions();
        var format = FormatOption.Create();
        var query = new Argument<string?>("query") { Description = "The Cypher statement. Omit it to read statements (ending in ';') from --file, stdin or a prompt.", Arity = ArgumentArity.ZeroOrOne };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "A query parameter: name=value (integer, float, true/false, null, else text) or name:=JSON (lists, maps, \"quoted\" text). Repeatable.",
            HelpName = "NAME=VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var write = new Option<bool>("--write") { Description = "Run in write access mode (default: read mode, which a cluster sends to a reader and which refuses writes)." };
        var file = new Option<FileInfo?>("--file") { Description = "Read statements separated by ';' from this file.", HelpName = "FILE" };
        var command = new Command("cypher",
            "Run Cypher against Neo4j and print the result as a table (nodes as (:Label {id, name}), relationships as [:TYPE {id}]) or JSON.\n" +
            "Values go in --param, never into the query text. Without a query: an interactive prompt (statements end with ';', :exit to leave,\n" +
            "history in ~/.actorgraph_history), or the statements piped on stdin or given with --file.\n\n" +
            "Examples:\n" +
            "  actorgraph cypher --neo4j bolt://localhost:7687 \"MATCH (a:Actor {id: \\$id})-[r]-(b) RETURN a, r, b LIMIT 10\" --param id=qatar\n" +
            "  actorgraph cypher \"MATCH (p:Process) WHERE p.status = \\$s RETURN p.name\" -p s=ongoing --format json\n" +
            "  echo 'MATCH (n) RETURN count(n);' | actorgraph cypher --neo4j bolt://localhost:7687");
        command.Arguments.Add(query);
        command.Options.Add(parameters);
        command.Options.Add(write);
        command.Options.Add(file);
        command.Options.Add(format);
        connection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = CypherParameters.Parse(parse.GetValue(parameters) ?? []);
            var uri = connection.ResolveUri(parse, context);
            var database = connection.ResolveDatabase(parse);
            var mode = parse.GetValue(write) ? AccessMode.Write : AccessMode.Read;
            var json = parse.GetValue(format) == OutputFormat.Json;
            var text = parse.GetValue(query);
            var script = parse.GetValue(file);
            if (text is not null && script is not null) throw new CliException("give either a query or --file, not both.", ExitCodes.Usage);
            if (script is not null && !script.Exists) throw new CliException($"no file '{script.FullName}'.", ExitCodes.Usage);
            await using var driver = connection.CreateDriver(parse, context, () => Console.In);
            var runner = new Runner(driver, database, mode, values, json, context);
            try
            {
                if (text is not null) return await runner.RunAsync(text, cancellationToken);
                if (script is not null) return await runner.RunScriptAsync(await File.ReadAllTextAsync(script.FullName, cancellationToken), cancellationToken);
                if (Console.IsInputRedirected || parse.GetValue(connection.PasswordStdin))
                    return await runner.RunScriptAsync(await Console.In.ReadToEndAsync(cancellationToken), cancellationToken);
                return await runner.InteractiveAsync(Console.In, HistoryPath(), cancellationToken);
            }
            catch (Exception e) when (Neo4jConnectionOptions.IsDriverError(e))
            {
                throw Neo4jConnectionOptions.Explain(e, uri);
            }
        });
        return command;
    }

    private static string? HistoryPath()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, HistoryFile);
    }

    /// <summary>Runs statements on one session and prints their results.</summary>
    internal sealed class Runner(IDriver driver, string? database, AccessMode mode, IReadOnlyDictionary<string, object?> parameters, bool json, CliContext context)
    {
        public async Task<int> RunAsync(string statement, CancellationToken cancellationToken)
        {
            await using var session = driver.AsyncSession(o =>
            {
                o.WithDefaultAccessMode(mode);
                if (database is not null) o.WithDatabase(database);
            });
            var cursor = await session.RunAsync(statement, parameters);
            var keys = await cursor.KeysAsync();
            var rows = new List<IRecord>();
            while (await cursor.FetchAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows.Add(cursor.Current);
            }
            var summary = await cursor.ConsumeAsync();
            if (json) WriteJson(keys, rows);
            else if (keys.Length > 0) WriteTable(keys, rows);
            context.Error.WriteLine(Describe(rows.Count, summary));
            return ExitCodes.Ok;
        }

        /// <summary>Every statement of a script in turn; stops at the first error.</summary>
        public async Task<int> RunScriptAsync(string script, CancellationToken cancellationToken)
        {
            var (statements, rest) = CypherScript.Split(script);
            var all = rest.Trim().Length > 0 ? [.. statements, rest.Trim()] : statements;
            if (all.Count == 0) throw new CliException("no Cypher statement was given.", ExitCodes.Usage);
            foreach (var statement in all) await RunAsync(statement, cancellationToken);
            return ExitCodes.Ok;
        }

        public async Task<int> InteractiveAsync(TextReader input, string? historyPath, CancellationToken cancellationToken)
        {
            context.Error.WriteLine($"Cypher prompt ({(mode == AccessMode.Read ? "read" : "write")} mode). End statements with ';'. :exit to leave.");
            var pending = new StringBuilder();
            while (!cancellationToken.IsCancellationRequested)
            {
                context.Error.Write(pending.Length == 0 ? "cypher> " : "   ...> ");
                var line = await input.ReadLineAsync(cancellationToken);
                if (line is null) break;
                if (pending.Length == 0 && line.Trim() is ":exit" or ":quit" or ":q") break;
                pending.Append(line).Append('\n');
                var (statements, rest) = CypherScript.Split(pending.ToString());
                foreach (var statement in statements)
                {
                    AppendHistory(historyPath, statement);
                    try
                    {
                        await RunAsync(statement, cancellationToken);
                    }
                    catch (Neo4jException e) when (e is not ServiceUnavailableException and not AuthenticationException)
                    {
                        context.Error.WriteLine($"{e.Code}: {e.Message}");
                    }
                }
                pending.Clear().Append(rest.Trim().Length == 0 ? "" : rest);
            }
            return ExitCodes.Ok;
        }

        private static void AppendHistory(string? path, string statement)
        {
            if (path is null) return;
            try
            {
                File.AppendAllText(path, statement.Replace('\n', ' ') + ";\n");
            }
            catch (IOException)
            {
                // History is a convenience; a read-only home must not stop the prompt.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        private void WriteTable(string[] keys, List<IRecord> rows)
        {
            var table = new TableWriter(keys) { MaxCellWidth = 120, MaxWidth = int.MaxValue }; // values are data to copy: cut long ones, never wrap
            foreach (var row in rows) table.Add([.. keys.Select(k => (object?)CypherValueText.Cell(row[k]))]);
            table.WriteTo(context.Out);
        }

        private void WriteJson(string[] keys, List<IRecord> rows)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartArray();
                foreach (var row in rows)
                {
                    w.WriteStartObject();
                    foreach (var k in keys)
                    {
                        w.WritePropertyName(k);
                        CypherValueText.WriteJson(w, row[k]);
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            context.Out.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        }

        private static string Describe(int rows, IResultSummary summary)
        {
            var c = summary.Counters;
            var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{rows} row(s)"));
            void Add(int n, string what)
            {
                if (n > 0) sb.Append(CultureInfo.InvariantCulture, $", {n} {what}");
            }
            Add(c.NodesCreated, "nodes created");
            Add(c.NodesDeleted, "nodes deleted");
            Add(c.RelationshipsCreated, "relationships created");
            Add(c.RelationshipsDeleted, "relationships deleted");
            Add(c.PropertiesSet, "properties set");
            Add(c.ConstraintsAdded, "constraints added");
            Add(c.IndexesAdded, "indexes added");
            return sb.ToString();
        }
    }
}
