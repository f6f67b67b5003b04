using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using ActorGraph.Export.Dot;

namespace ActorGraph.Export.Rendering;

/// <summary>Runs the Graphviz <c>dot</c> program (with <c>-K</c> for the layout) to turn DOT text into
/// SVG, PNG or PDF, with a time limit. Reports a missing installation as a result, not an exception.</summary>
/// <param name="program">The Graphviz program to run: <c>dot</c> on PATH by default, or a full path.</param>
/// <param name="timeout">How long a layout may take before it is stopped; default 2 minutes.</param>
public sealed class GraphvizRenderer(string program = "dot", TimeSpan? timeout = null)
{
    /// <summary>The program run.</summary>
    public string Program { get; } = program;

    /// <summary>The time limit.</summary>
    public TimeSpan Timeout { get; } = timeout ?? TimeSpan.FromMinutes(2);

    /// <summary>Lays out <paramref name="dot"/> with <paramref name="engine"/> and writes <paramref name="outputPath"/>.</summary>
    /// <remarks>Graphviz lets a <c>layout</c> attribute in the DOT text win over <c>-K</c>, so write the DOT with the
    /// same layout (<see cref="ExportOptions.Layout"/>) as <paramref name="engine"/>.</remarks>
    public Task<RenderResult> RenderAsync(string dot, LayoutEngine engine, RenderFormat format, string outputPath,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dot);
        return RenderAsync(writer => writer.Write(dot), engine, format, outputPath, cancellationToken);
    }

    /// <summary>Like <see cref="RenderAsync(string, LayoutEngine, RenderFormat, string, CancellationToken)"/>, but
    /// streams the DOT text straight into Graphviz (<paramref name="writeDot"/> writes it), so a large graph is
    /// never held in memory as one string.</summary>
    public async Task<RenderResult> RenderAsync(Action<TextWriter> writeDot, LayoutEngine engine, RenderFormat format, string outputPath,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writeDot);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-K" + DotWriter.EngineName(engine));
        start.ArgumentList.Add("-T" + format.ToString().ToLowerInvariant());
        start.ArgumentList.Add("-o" + outputPath);

        using var process = new Process { StartInfo = start };
        try
        {
            if (!process.Start()) return new RenderResult.NotInstalled(Program);
        }
        catch (Win32Exception)
        {
            return new RenderResult.NotInstalled(Program);
        }

        var stopwatch = Stopwatch.StartNew();
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var writing = Task.Run(() =>
        {
            try
            {
                writeDot(process.StandardInput);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // Graphviz stopped reading (a syntax error, or it was stopped): its exit code and stderr say why.
            }
        }, CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            await writing;
            cancellationToken.ThrowIfCancellationRequested();
            return new RenderResult.TimedOut(Timeout);
        }
        await writing;
        var stderr = await errors;
        await output;
        return process.ExitCode == 0
            ? new RenderResult.Rendered(outputPath, stopwatch.Elapsed, stderr)
            : new RenderResult.Failed(process.ExitCode, stderr);
    }

    /// <summary>The file name extension for a format (<c>.svg</c>).</summary>
    public static string ExtensionOf(RenderFormat format) => "." + format.ToString().ToLowerInvariant();
}
