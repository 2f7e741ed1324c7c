using System.Globalization;

namespace Backtest.Core.Data;

/// <summary>How the CSV files of a folder are written: their column names and date format.</summary>
/// <param name="Columns">Header names for our columns; unmapped columns keep their own names.</param>
/// <param name="DateFormat">The .NET custom date format of the Date column (<c>yyyy-MM-dd</c>, <c>dd.MM.yyyy</c>, ...).</param>
public sealed record CsvFormat(ColumnMapping Columns, string DateFormat)
{
    /// <summary>The date format of our own files.</summary>
    public const string IsoDate = "yyyy-MM-dd";

    /// <summary>Our own files: columns by their names, ISO dates.</summary>
    public static CsvFormat Default { get; } = new(ColumnMapping.None, IsoDate);

    /// <summary>Where the column mapping comes from, for messages about a column it names.</summary>
    public string MappingOrigin { get; init; } = "the columns setting, --columns";

    /// <summary>A column every row must hold a fixed value in, or null.</summary>
    public FixedColumn? Fixed { get; init; }

    /// <summary>Whether this differs from our own files' format (so messages should say how it was set).</summary>
    public bool IsCustom => !Columns.IsEmpty || DateFormat != IsoDate;

    /// <summary>
    /// The format the <c>columns</c> and <c>dateFormat</c> settings describe; a bad mapping, or a date format that does
    /// not read back the date it writes, is an <see cref="InputException"/>.
    /// </summary>
    public static CsvFormat FromSettings(string columns, string dateFormat)
    {
        ColumnMapping mapping = ColumnMapping.Parse(columns);
        CheckDateFormat(dateFormat);
        return mapping.IsEmpty && dateFormat == IsoDate ? Default : new CsvFormat(mapping, dateFormat);
    }

    // A format that loses the day, month or year (yyyy-MM, say) or is not a format at all would read dates wrongly
    // or not at all; one date with a two-digit day and month tells these apart from good formats.
    private static void CheckDateFormat(string format)
    {
        var probe = new DateOnly(2024, 12, 31);
        string text;
        try
        {
            text = probe.ToString(format, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            throw DataErrors.BadDateFormat(format);
        }

        if (!DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly back) || back != probe)
        {
            throw DataErrors.BadDateFormat(format);
        }
    }
}
