using Backtest.Core.Data;

namespace Backtest.Core.Borrow;

/// <summary>Reads <c>borrowData=PATH</c>: a file is a borrow table (<see cref="BorrowCsvReader"/>), a folder holds LEAN shortable files (<see cref="LeanShortableReader"/>).</summary>
public static class BorrowDataReader
{
    /// <summary>Reads the rows at <paramref name="path"/>; from a LEAN folder, only the files of <paramref name="tickers"/>.</summary>
    public static BorrowRow[] Read(string path, IEnumerable<string> tickers)
    {
        if (File.Exists(path))
        {
            return BorrowCsvReader.Read(path);
        }

        return Directory.Exists(path) ? LeanShortableReader.Read(path, tickers) : throw BorrowErrors.Missing(path);
    }

    /// <summary>The files <see cref="Read"/> reads at <paramref name="path"/>, for the run's record of what produced it.</summary>
    public static IEnumerable<string> Files(string path, IEnumerable<string> tickers) =>
        File.Exists(path) ? [path] : LeanShortableReader.Files(path, tickers).Select(f => f.File);

    /// <summary>The schedule of <paramref name="path"/> laid over <paramref name="panel"/>, or null when <paramref name="path"/> is empty (no borrow data).</summary>
    public static BorrowSchedule? Load(string path, PricePanel panel) =>
        path.Length == 0 ? null : new BorrowSchedule(Read(path, panel.Tickers), panel.Dates, panel.Tickers);
}
