namespace Backtest.Core.Parameters;

/// <summary>One <c>name=value</c> a user gave, and where: a preset line or the command line.</summary>
/// <param name="Key">The parameter name, possibly with a ticker suffix (<c>borrowFee.PLTR</c>).</param>
/// <param name="Value">The value as typed.</param>
/// <param name="Origin">Where it came from, for messages (<c>--set</c>, or <c>strategies/x.preset, line 4</c>).</param>
public sealed record Assignment(string Key, string Value, string Origin)
{
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
