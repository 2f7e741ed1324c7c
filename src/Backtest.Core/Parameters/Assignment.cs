namespace Backtest.Core.Parameters;

/// <summary>One <c>name=value</c> a user gave, and where: a preset line or the command line.</summary>
/// <param name="Key">The parameter name, possibly with a ticker suffix (<c>borrowFee.PLTR</c>).</param>
/// <param name="Value">The value as typed.</param>
/// <param name="Origin">Where it came from, for messages (<c>--set</c>, or <c>strategies/x.preset, line 4</c>).</param>
public sealed record Assignment(string Key, string Value, string Origin)
{
    /// <summary>
    /// Adds to <paramref name="assignments"/> the value of a command-line option that stands for a parameter (as
    /// <c>--from DATE</c> stands for <c>from</c>), unless the option was not given.
    /// </summary>
    public static void AddOption(List<Assignment> assignments, string name, string option, string? value)
    {
        if (value is not null)
        {
            assignments.Add(new Assignment(name, value, $"{option} {value}"));
        }
    }

    /// <summary>Parses <c>name=value</c> as typed after <c>--set</c>.</summary>
    public static Assignment FromCommandLine(string text, string option = "--set")
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw ParameterErrors.NotAnAssignment(text, option);
        }

        return new Assignment(text[..eq].Trim(), text[(eq + 1)..].Trim(), $"{option} {text}");
    }
}
