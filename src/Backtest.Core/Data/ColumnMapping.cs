namespace Backtest.Core.Data;

/// <summary>
/// Which header names a CSV uses for our columns, as the user wrote it: <c>date=Datum,close=Schluss</c>. Columns
/// it does not name keep their own names (Date, Open, High, Low, Close, Volume, Dividend, Numerator, Denominator).
/// </summary>
public sealed class ColumnMapping
{
    /// <summary>Our column names, which a mapping may rename.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["Date", "Open", "High", "Low", "Close", "Volume", "Dividend", "Numerator", "Denominator"];

    private readonly Dictionary<string, string> _names;

    private ColumnMapping(Dictionary<string, string> names, string text)
    {
        _names = names;
        Text = text;
    }

    /// <summary>No renamed columns.</summary>
    public static ColumnMapping None { get; } = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), string.Empty);

    /// <summary>The mapping as the user wrote it, for messages; empty for none.</summary>
    public string Text { get; }

    /// <summary>Whether any column is renamed.</summary>
    public bool IsEmpty => _names.Count == 0;

    /// <summary>
    /// Parses <c>ours=theirs</c> pairs separated by commas (our names in any case); an unknown name, a pair without
    /// '=', an empty header name or a column mapped twice is an <see cref="InputException"/> naming the mapping.
    /// </summary>
    public static ColumnMapping Parse(string text)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string pair in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            string ours = eq < 0 ? pair : pair[..eq].Trim();
            string theirs = eq < 0 ? string.Empty : pair[(eq + 1)..].Trim();
            if (eq <= 0 || theirs.Length == 0)
            {
                throw DataErrors.BadMapping(text, $"'{InputExcerpt.Of(pair)}' is not ours=theirs, such as close=Schluss");
            }

            string? column = Columns.FirstOrDefault(c => c.Equals(ours, StringComparison.OrdinalIgnoreCase));
            if (column is null)
            {
                throw DataErrors.BadMapping(text, $"'{InputExcerpt.Of(ours)}' is not one of our columns ({string.Join(", ", Columns)})");
            }

            if (!names.TryAdd(column, theirs))
            {
                throw DataErrors.BadMapping(text, $"{column} is mapped twice");
            }
        }

        return names.Count == 0 ? None : new ColumnMapping(names, text.Trim());
    }

    /// <summary>The header name the file uses for our <paramref name="column"/>: the mapped name, else the column's own.</summary>
    public string NameOf(string column) => _names.TryGetValue(column, out string? name) ? name : column;

    /// <summary>Whether the user renamed <paramref name="column"/>.</summary>
    public bool Renames(string column) => _names.ContainsKey(column);
}
