using System.Globalization;

namespace Backtest.Core.Data;

/// <summary>Daily bars as a reader collects them, row by row, each checked before it is kept.</summary>
internal sealed class BarRows
{
    private readonly List<DateOnly> _dates = new(4096);
    private readonly List<double> _open = new(4096);
    private readonly List<double> _high = new(4096);
    private readonly List<double> _low = new(4096);
    private readonly List<double> _close = new(4096);
    private readonly List<double> _volume = new(4096);

    /// <summary>The date of the last row kept, or null before the first.</summary>
    public DateOnly? LastDate => _dates.Count == 0 ? null : _dates[^1];

    /// <summary>The number of rows kept.</summary>
    public int Count => _dates.Count;

    /// <summary>Keeps a bar after checking it (volume not negative, open and close within low..high), naming <paramref name="file"/> and <paramref name="line"/> if not.</summary>
    public void Add(string file, int line, DateOnly date, double open, double high, double low, double close, double volume)
    {
        if (volume < 0)
        {
            throw DataErrors.MalformedRow(file, line, $"Volume {volume.ToString(CultureInfo.InvariantCulture)} is negative.");
        }

        PriceCsvReader.CheckBar(file, line, open, high, low, close);
        _dates.Add(date);
        _open.Add(open);
        _high.Add(high);
        _low.Add(low);
        _close.Add(close);
        _volume.Add(volume);
    }

    /// <summary>The bars as a series of <paramref name="ticker"/>, read from <paramref name="files"/>, with no dividends or splits.</summary>
    public TickerSeries ToSeries(string ticker, IReadOnlyList<DataFile> files) =>
        new(ticker, [.. _dates], [.. _open], [.. _high], [.. _low], [.. _close], [.. _volume], [], files);
}
