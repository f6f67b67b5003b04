namespace ActorGraph.TestSupport;

/// <summary>Tests that need an outside program (installed by .ci/install.d/*.sh): on a developer machine
/// without it they are skipped with the command that installs it; in CI (CI=true) a missing program
/// fails the test, so CI can never pass by skipping.</summary>
public static class RequiredTools
{
    /// <summary>True when running in CI.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="program"/> is an executable file on PATH.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>Skips (locally) or fails (in CI) unless <paramref name="present"/>.</summary>
    public static void Require(bool present, string what, string install)
    {
        if (present) return;
        var message = $"{what} is not installed; install it with: {install}";
        if (InCi) Assert.Fail(message);
        Skip.If(true, message);
    }

    /// <summary>Graphviz's <c>dot</c>.</summary>
    public static void Graphviz() => Require(OnPath("dot"), "Graphviz (dot)", "bash .ci/install.d/graphviz.sh (or apt-get install graphviz)");
}
