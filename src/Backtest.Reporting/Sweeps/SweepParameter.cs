namespace Backtest.Reporting.Sweeps;

/// <summary>One varied parameter of a sweep: its name, what its values are, and its values in drawing order.</summary>
/// <param name="Name">The column name (<c>shortAllocation</c>).</param>
/// <param name="Kind">Numbers, dates or words.</param>
/// <param name="Values">Its distinct values as written in <c>sweep.csv</c>: ascending for numbers and dates, in grid order for words.</param>
/// <param name="Positions">Where each value sits on a line figure's x axis: the number, the date's day number, or the word's place.</param>
internal sealed record SweepParameter(string Name, ParameterKind Kind, IReadOnlyList<string> Values, IReadOnlyList<double> Positions)
{
    /// <summary>The name in words ("short allocation").</summary>
    public string Words => SweepText.Words(Name);

    /// <summary>How many values it takes.</summary>
    public int Count => Values.Count;
}
