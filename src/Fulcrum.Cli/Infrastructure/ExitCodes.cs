namespace Fulcrum.Cli.Infrastructure;

/// <summary>What the process exit code means; scripts rely on these.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The command line was wrong: unknown command or option, a missing argument.</summary>
    public const int Usage = 1;
    /// <summary>An input was wrong: a file, a case, a value.</summary>
    public const int BadInput = 2;
    /// <summary>A bug in Fulcrum: the message says what failed; --verbose shows the stack trace.</summary>
    public const int Internal = 3;
    /// <summary>The environment stopped the work (a full disk, a store another process holds, a server down); what was being written was rolled back.</summary>
    public const int Environment = 4;
    /// <summary>Interrupted (Ctrl-C, SIGTERM) before the work was done: 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;
}
