namespace ActorGraph.Export.Rendering;

/// <summary>What happened when Graphviz was asked to draw a DOT file.</summary>
public abstract record RenderResult
{
    private RenderResult() { }

    /// <summary>The picture was written.</summary>
    /// <param name="OutputPath">Where.</param>
    /// <param name="Elapsed">How long Graphviz took.</param>
    /// <param name="Warnings">What Graphviz printed on standard error (warnings), possibly empty.</param>
    public sealed record Rendered(string OutputPath, TimeSpan Elapsed, string Warnings) : RenderResult;

    /// <summary>The Graphviz program is not installed (or not on PATH).</summary>
    /// <param name="Program">The program that was looked for.</param>
    public sealed record NotInstalled(string Program) : RenderResult;

    /// <summary>Graphviz ran and failed.</summary>
    /// <param name="ExitCode">Its exit code.</param>
    /// <param name="Errors">What it printed on standard error.</param>
    public sealed record Failed(int ExitCode, string Errors) : RenderResult;

    /// <summary>Graphviz did not finish in time and was stopped.</summary>
    /// <param name="Timeout">The time allowed.</param>
    public sealed record TimedOut(TimeSpan Timeout) : RenderResult;

    /// <summary>How to install Graphviz, for a message to the user.</summary>
    public const string InstallHint =
        "install Graphviz: 'sudo apt-get install graphviz' (Debian, Ubuntu), 'sudo dnf install graphviz' (Fedora), " +
        "'brew install graphviz' (macOS) or 'winget install graphviz' (Windows); " +
        "or write the DOT file with --out FILE.dot and render it elsewhere";

    /// <summary>A one-paragraph message for the user.</summary>
    public string Describe() => this switch
    {
        Rendered r => $"wrote {r.OutputPath} ({r.Elapsed.TotalSeconds:0.0} s)",
        NotInstalled n => $"cannot render: the Graphviz program '{n.Program}' was not found; {InstallHint}",
        Failed f => $"Graphviz failed (exit code {f.ExitCode}): {f.Errors.Trim()}",
        TimedOut t => $"Graphviz did not finish within {t.Timeout.TotalSeconds:0} s and was stopped; " +
            "for large graphs use --layout sfdp, or --focus A B for a smaller view",
        _ => GetType().Name,
    };
}
