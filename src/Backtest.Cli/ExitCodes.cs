namespace Backtest.Cli;

/// <summary>What the process's exit code means.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Something went wrong inside the tool: a bug to report.</summary>
    public const int InternalError = 1;

    /// <summary>The input was bad (a file, a parameter, a date); the message says what to change.</summary>
    public const int BadInput = 2;

    /// <summary>Stopped by Ctrl+C (or SIGTERM) after saving what was finished: 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
