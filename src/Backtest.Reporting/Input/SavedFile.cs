using System.Globalization;
using System.Text.Json;
using Backtest.Core;
using Backtest.Core.Data;
using Backtest.Core.Results;
using CsvHelper;

namespace Backtest.Reporting.Input;

/// <summary>
/// Reading the files of a results folder back: JSON records and CSV columns, each failure an <see cref="InputException"/>
/// naming the file and, in a CSV, the line, so every reader tells the user the same way where a file went wrong.
/// </summary>
internal static class SavedFile
{
    /// <summary>
    /// Refuses a partial folder (hidden, of a run or scenario stopped or still running, <see cref="PartialName"/>): it is
    /// not a result, and is an <see cref="InputException"/> naming it.
    /// </summary>
    public static void RequireFinished(string folder)
    {
        if (PartialName.Parse(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))) is not null)
        {
            throw OutputErrors.Unfinished(folder);
        }
    }

    /// <summary>
    /// Checks that <paramref name="folder"/> exists and holds every one of <paramref name="files"/>; else an
    /// <see cref="InputException"/> saying it is no <paramref name="kind"/> and what <paramref name="writer"/> writes.
    /// </summary>
    public static void RequireFolder(string folder, string kind, string writer, IReadOnlyList<string> files)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputException($"{kind} '{folder}' does not exist.");
        }

        foreach (string file in files)
        {
            if (!File.Exists(Path.Combine(folder, file)))
            {
                throw new InputException($"'{folder}' is not a {kind}: it has no {file} ({writer} writes {string.Join(", ", files)}).");
            }
        }
    }

    /// <summary>
    /// When a record says it was made (ISO 8601 UTC), or the epoch if it cannot be read: the date its documents carry, so
    /// that drawing them again gives the same bytes.
    /// </summary>
    public static DateTime Created(string createdUtc) =>
        DateTime.TryParse(createdUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime created)
            ? created
            : DateTime.UnixEpoch;

    /// <summary>The record in <paramref name="path"/>, as the tool writes it (camelCase).</summary>
    public static T ReadJson<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(InputFile.ReadAllText(path), ResultFolder.Json)
                ?? throw new InputException($"{path}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}: not a {typeof(T).Name} as this version writes it ({e.Message}).");
        }
    }

    /// <summary>Opens a CSV with a header, tracking line numbers for the messages.</summary>
    /// <remarks>
    /// The library opens the file itself: whatever is no readable file (a named pipe planted in a results folder, say) is
    /// refused first, without blocking.
    /// </remarks>
    public static CsvReader Open(string path)
    {
        InputFile.CheckReadable(path);
        return CsvReader.FromFile(path, Options);
    }

    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>A column later versions added: its index, or -1 in a folder saved before it.</summary>
    public static int Optional(CsvReader csv, string name) => csv.TryGetFieldIndex(name, out int at) ? at : -1;

    /// <summary>The indices of columns <paramref name="names"/>; a missing one is an error on line 1.</summary>
    public static int[] Columns(CsvReader csv, string path, params string[] names)
    {
        var at = new int[names.Length];
        for (int k = 0; k < names.Length; k++)
        {
            if (!csv.TryGetFieldIndex(names[k], out at[k]))
            {
                throw new InputException($"{path}, line 1: no column '{names[k]}'.");
            }
        }

        return at;
    }

    /// <summary>The date yyyy-MM-dd in <paramref name="column"/> of the current row.</summary>
    public static DateOnly Date(CsvReader csv, int column, string path) =>
        DateOnly.TryParseExact(csv.GetString(column), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new InputException($"{path}, line {csv.LineNumber}: '{csv.GetString(column)}' is not a date yyyy-MM-dd.");

    /// <summary>The number in <paramref name="column"/> of the current row.</summary>
    public static double Number(CsvReader csv, int column, string path) =>
        double.TryParse(csv.GetString(column), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new InputException($"{path}, line {csv.LineNumber}: '{csv.GetString(column)}' is not a number.");
}
