using System.Globalization;
using ActorGraph.Seed;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>Seed limits for the command line from the same environment variables that configure
/// <c>actorgraph serve</c> (<c>ActorGraph__Seed__Limits__MaxYamlFileMegabytes=256</c>), so one setting
/// raises a limit everywhere (see docs/limits.md).</summary>
internal static class SeedLimitsVariables
{
    /// <summary>The prefix of every variable.</summary>
    public const string Prefix = "ActorGraph__Seed__Limits__";

    /// <summary>The limits, defaults overridden by any variable set; a bad value is a usage error.</summary>
    public static SeedLimits Read(CliContext context)
    {
        var limits = new SeedLimits();
        Set(context, nameof(SeedLimits.MaxYamlFileMegabytes), v => limits.MaxYamlFileMegabytes = v);
        Set(context, nameof(SeedLimits.MaxCsvFileMegabytes), v => limits.MaxCsvFileMegabytes = v);
        Set(context, nameof(SeedLimits.MaxLineCharacters), v => limits.MaxLineCharacters = v);
        Set(context, nameof(SeedLimits.MaxNestingDepth), v => limits.MaxNestingDepth = v);
        Set(context, nameof(SeedLimits.MaxAliasExpansion), v => limits.MaxAliasExpansion = v);
        Set(context, nameof(SeedLimits.MaxRecords), v => limits.MaxRecords = v);
        Set(context, nameof(SeedLimits.MaxActors), v => limits.MaxActors = v);
        if (limits.Validate() is [var first, ..]) throw new CliException($"{Prefix}{first}", ExitCodes.Usage);
        return limits;
    }

    private static void Set(CliContext context, string name, Action<int> set)
    {
        if (context.GetEnvironmentVariable(Prefix + name) is not { Length: > 0 } text) return;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new CliException($"{Prefix}{name}='{text}' is not a whole number", ExitCodes.Usage);
        }
        set(value);
    }
}
