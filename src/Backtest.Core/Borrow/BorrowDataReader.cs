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
}
