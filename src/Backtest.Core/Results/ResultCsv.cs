using CsvHelper;

namespace Backtest.Core.Results;

/// <summary>How every result CSV is written (comma separated, "\n" line ends, shortest round-trip numbers), in one place.</summary>
public static class ResultCsv
{
    /// <summary>A writer for a new file at <paramref name="path"/>, made by <see cref="ResultFile.Create"/>.</summary>
    public static CsvWriter Create(string path) =>
        CsvWriter.Create(ResultFile.Create(path), new CsvWriterOptions { NewLine = "\n" }, leaveOpen: false);

    /// <summary>Writes the header row.</summary>
    public static void WriteHeader(CsvWriter csv, params string[] names)
    {
        foreach (string name in names)
        {
            csv.WriteField(name);
        }

        csv.EndRecord();
    }
}
