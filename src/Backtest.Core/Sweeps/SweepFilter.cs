using System.Globalization;

namespace Backtest.Core.Sweeps;

/// <summary>
/// A <c>--where</c> filter: <c>COLUMN OP VALUE</c> conditions joined by <c>and</c>, OP one of <c>&lt; &lt;= &gt; &gt;= == !=</c>,
/// VALUE a number (or a date yyyy-MM-dd for a date column). A row without a value in the column (an error row, a
/// missing benchmark, a NaN ratio) never passes.
/// </summary>
public sealed class SweepFilter
{
    private static readonly string[] Operators = ["<=", ">=", "==", "!=", "<", ">"];
    private readonly (int Column, string Op, double Value)[] _conditions;

    private SweepFilter((int, string, double)[] conditions, string text)
    {
        _conditions = conditions;
        Text = text;
    }

    /// <summary>The filter as typed.</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="text"/> against <paramref name="columns"/>; bad text or an unknown column is an <see cref="InputException"/>.</summary>
    public static SweepFilter Parse(string text, SweepColumnSet columns)
    {
        string[] parts = System.Text.RegularExpressions.Regex.Split(text.Trim(), @"\s+and\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var conditions = new List<(int, string, double)>();
        foreach (string part in parts)
        {
            (int at, string op) = Operators.Select(o => (part.IndexOf(o, StringComparison.Ordinal), o)).Where(x => x.Item1 > 0).OrderBy(x => x.Item1).ThenByDescending(x => x.o.Length).FirstOrDefault();
            if (op is null)
            {
                throw SweepErrors.MalformedWhere(text);
            }

            string name = part[..at].Trim(), valueText = part[(at + op.Length)..].Trim();
            if (name.Length == 0 || valueText.Length == 0)
            {
                throw SweepErrors.MalformedWhere(text);
            }

            int column = columns.Resolve(name, "--where");
            double value;
            if (columns.IsDate(column))
            {
                value = DateOnly.TryParseExact(valueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
                    ? date.DayNumber
                    : throw SweepErrors.WhereValue(text, columns.Names[column], "a date yyyy-MM-dd");
            }
            else if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                throw SweepErrors.WhereValue(text, columns.Names[column], "a number");
            }

            conditions.Add((column, op, value));
        }

        return new SweepFilter([.. conditions], text);
    }

    /// <summary>Whether the combination passes every condition.</summary>
    public bool Passes(SweepColumnSet columns, long index, ReadOnlySpan<int> digits, ReadOnlySpan<double> metrics)
    {
        foreach ((int column, string op, double value) in _conditions)
        {
            double x = columns.Value(column, index, digits, metrics);
            bool pass = op switch
            {
                "<" => x < value,
                "<=" => x <= value,
                ">" => x > value,
                ">=" => x >= value,
                "==" => x == value,
                _ => !double.IsNaN(x) && x != value,
            };
            if (!pass)
            {
                return false;
            }
        }

        return true;
    }
}
