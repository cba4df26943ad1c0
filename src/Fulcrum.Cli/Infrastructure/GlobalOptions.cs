using System.CommandLine;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>The options every command accepts (declared once on the root, recursive).</summary>
public sealed class GlobalOptions
{
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print results as JSON (stable snake_case field names) for scripts and other tools",
        Recursive = true,
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print only results and errors: no progress or milestone lines",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print more detail, and a stack trace with internal errors",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Json);
        root.Options.Add(Quiet);
        root.Options.Add(Verbose);
    }
}
