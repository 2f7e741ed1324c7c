namespace Backtest.Cli;

/// <summary>The command line as a user could type it again, for the run record.</summary>
public static class CommandLine
{
    /// <summary><c>backtest</c> followed by the arguments, each quoted when it holds a space or a quote.</summary>
    public static string Of(IEnumerable<string> arguments) =>
        "backtest " + string.Join(" ", arguments.Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c == '"' || c == '\'')
            ? argument
            : "'" + argument.Replace("'", "'\\''") + "'";
}
