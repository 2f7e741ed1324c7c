using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Backtest.Core.Results;
using Microsoft.Win32.SafeHandles;
using Backtest.Core.Data;

namespace Backtest.Core.Sweeps;

/// <summary>
/// The hidden folder a sweep works in, <c>&lt;out&gt;/&lt;label&gt;/.sweep-&lt;id&gt;[-shard-K-of-N].partial/</c>, kept when
/// the sweep is stopped so that <c>--resume</c> completes it. Combinations are run in chunks of
/// <see cref="ChunkSize"/>; a finished chunk is persisted in this order: its rows at their place in <c>rows.bin</c> (one
/// row of doubles per combination: a status, then the metrics), its curves (<c>curves/NNNNNNNN.csv</c>), its errors
/// appended to <c>errors.txt</c>, and last its byte in <c>done.bin</c>. A process killed at any point leaves every chunk
/// either marked done with all of it written, or not marked and run again on resume: the final files are the same.
/// </summary>
internal sealed class SweepWorkFolder : IDisposable
{
    /// <summary>Combinations per chunk: small enough for fine progress and a quick stop, large enough to write in one go.</summary>
    public const int ChunkSize = 128;

    /// <summary>Row status: not run.</summary>
    public const double NotRun = 0;

    /// <summary>Row status: ran, metrics follow.</summary>
    public const double Ran = 1;

    /// <summary>Row status: an input error, its message in <c>errors.txt</c>.</summary>
    public const double Failed = 2;

    private const string RecordFile = "sweep.json";
    private const string RowsFile = "rows.bin";
    private const string DoneFile = "done.bin";
    private const string ErrorsFile = "errors.txt";
    private const string CurvesFolder = "curves";

    private readonly SafeFileHandle _rows;
    private readonly SafeFileHandle _done;
    private readonly FileStream _errors;
    private readonly bool[] _doneChunks;
    private readonly object _errorLock = new();

    private SweepWorkFolder(string path, SweepRecord record, long first, long end, int width, bool[] doneChunks)
    {
        Folder = path;
        Record = record;
        First = first;
        End = end;
        Width = width;
        _doneChunks = doneChunks;
        _rows = File.OpenHandle(System.IO.Path.Combine(path, RowsFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        _done = File.OpenHandle(System.IO.Path.Combine(path, DoneFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        _errors = new FileStream(System.IO.Path.Combine(path, ErrorsFile), FileMode.Append, FileAccess.Write, FileShare.Read);
        long bytes = (end - first) * width * sizeof(double);
        if (RandomAccess.GetLength(_rows) != bytes)
        {
            RandomAccess.SetLength(_rows, bytes);
        }

        if (RandomAccess.GetLength(_done) != doneChunks.Length)
        {
            RandomAccess.SetLength(_done, doneChunks.Length);
        }
    }

    /// <summary>The folder.</summary>
    public string Folder { get; }

    /// <summary>The record written when the sweep first started.</summary>
    public SweepRecord Record { get; }

    /// <summary>The first combination of the slice.</summary>
    public long First { get; }

    /// <summary>One past the last combination of the slice.</summary>
    public long End { get; }

    /// <summary>Doubles per row: the status, then the metrics.</summary>
    public int Width { get; }

    /// <summary>The number of chunks.</summary>
    public int ChunkCount => _doneChunks.Length;

    /// <summary>The folder of a sweep's work: hidden, named by its id and slice so that a resume finds it.</summary>
    public static string PathFor(string parent, string id, ShardSlice shard) =>
        System.IO.Path.Combine(parent, $".sweep-{id}{ShardSuffix(shard)}.partial");

    /// <summary><c>-shard-K-of-N</c>, or empty for the whole grid.</summary>
    public static string ShardSuffix(ShardSlice shard) => shard.IsWhole ? string.Empty : $"-shard-{shard.Index}-of-{shard.Count}";

    /// <summary>Creates the folder of a new sweep with its record.</summary>
    public static SweepWorkFolder Create(string path, SweepRecord record, long first, long end, int width)
    {
        try
        {
            Directory.CreateDirectory(path);
            ResultFile.WriteText(System.IO.Path.Combine(path, RecordFile), JsonSerializer.Serialize(record, ResultFolder.Json));
            return new SweepWorkFolder(path, record, first, end, width, new bool[Chunks(first, end)]);
        }
        catch (Exception e) when (WriteFailure.TryGetReason(e, out string why))
        {
            // Nothing is finished yet: a folder without its record would only stop the next sweep asking for --resume.
            AtomicFolder.Discard(path);
            throw OutputErrors.CannotWrite(System.IO.Path.GetDirectoryName(path)!, why);
        }
    }

    /// <summary>Opens the folder of a stopped sweep, checking that it is of the sweep <paramref name="expected"/> describes.</summary>
    public static SweepWorkFolder Open(string path, SweepRecord expected, long first, long end, int width)
    {
        SweepRecord? record;
        try
        {
            record = JsonSerializer.Deserialize<SweepRecord>(InputFile.ReadAllText(System.IO.Path.Combine(path, RecordFile)), ResultFolder.Json);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            throw SweepErrors.PartialMismatch(path, $"its sweep.json cannot be read ({e.Message})");
        }

        if (record is null || record.SweepId != expected.SweepId || record.Shard != expected.Shard || !record.Columns.SequenceEqual(expected.Columns))
        {
            throw SweepErrors.PartialMismatch(path, "it holds another sweep or slice, or columns of another version");
        }

        if (record.KeepCurves != expected.KeepCurves)
        {
            throw SweepErrors.PartialMismatch(path, record.KeepCurves ? "it was started with --keep-curves; resume with it" : "it was started without --keep-curves; resume without it");
        }

        byte[] done = File.Exists(System.IO.Path.Combine(path, DoneFile)) ? File.ReadAllBytes(System.IO.Path.Combine(path, DoneFile)) : [];
        var chunks = new bool[Chunks(first, end)];
        for (int c = 0; c < chunks.Length && c < done.Length; c++)
        {
            chunks[c] = done[c] != 0;
        }

        return new SweepWorkFolder(path, record, first, end, width, chunks);
    }

    /// <summary>Whether chunk <paramref name="chunk"/> was finished.</summary>
    public bool IsDone(int chunk) => _doneChunks[chunk];

    /// <summary>The first combination of chunk <paramref name="chunk"/> and one past its last.</summary>
    public (long First, long End) ChunkRange(int chunk)
    {
        long start = First + ((long)chunk * ChunkSize);
        return (start, Math.Min(End, start + ChunkSize));
    }

    /// <summary>The combinations of the chunks already finished.</summary>
    public long DoneCombinations()
    {
        long done = 0;
        for (int c = 0; c < _doneChunks.Length; c++)
        {
            if (_doneChunks[c])
            {
                (long a, long b) = ChunkRange(c);
                done += b - a;
            }
        }

        return done;
    }

    /// <summary>The path of chunk <paramref name="chunk"/>'s curves file (its folder is made when needed).</summary>
    public string CurvesPath(int chunk)
    {
        string folder = System.IO.Path.Combine(Folder, CurvesFolder);
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, chunk.ToString("D8", CultureInfo.InvariantCulture) + ".csv");
    }

    /// <summary>Persists a finished chunk: its rows, then its errors, then its done mark (see the class remarks).</summary>
    public void Save(int chunk, ReadOnlySpan<double> rows, IReadOnlyList<(long Index, string Message)> errors)
    {
        (long first, _) = ChunkRange(chunk);
        RandomAccess.Write(_rows, MemoryMarshal.AsBytes(rows), (first - First) * Width * sizeof(double));
        if (errors.Count > 0)
        {
            var text = new StringBuilder();
            foreach ((long index, string message) in errors)
            {
                text.Append(index.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(message.ReplaceLineEndings(" ")).Append('\n');
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            lock (_errorLock)
            {
                _errors.Write(bytes);
                _errors.Flush();
            }
        }

        RandomAccess.Write(_done, [1], chunk);
        _doneChunks[chunk] = true;
    }

    /// <summary>The error message of each failed combination, by index (a line cut by a kill is skipped: its chunk is not done).</summary>
    public Dictionary<long, string> ReadErrors()
    {
        _errors.Flush();
        var errors = new Dictionary<long, string>();
        using var reader = new StreamReader(new FileStream(System.IO.Path.Combine(Folder, ErrorsFile), FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && long.TryParse(line.AsSpan(0, tab), NumberStyles.None, CultureInfo.InvariantCulture, out long index))
            {
                errors[index] = line[(tab + 1)..];
            }
        }

        return errors;
    }

    /// <summary>Reads every row in index order and hands it to <paramref name="row"/>.</summary>
    public void ReadRows(Action<long, ReadOnlySpan<double>> row)
    {
        const int rowsPerRead = 1024;
        var buffer = new double[rowsPerRead * Width];
        for (long start = First; start < End; start += rowsPerRead)
        {
            int count = (int)Math.Min(rowsPerRead, End - start);
            Span<byte> bytes = MemoryMarshal.AsBytes(buffer.AsSpan(0, count * Width));
            int read = 0;
            while (read < bytes.Length)
            {
                int n = RandomAccess.Read(_rows, bytes[read..], ((start - First) * Width * sizeof(double)) + read);
                if (n == 0)
                {
                    throw new IOException($"{RowsFile} is shorter than its {End - First} rows");
                }

                read += n;
            }

            for (int r = 0; r < count; r++)
            {
                row(start + r, buffer.AsSpan(r * Width, Width));
            }
        }
    }

    /// <summary>Writes the chunks' curves, in order, to <paramref name="path"/> under its header.</summary>
    public void JoinCurves(string path)
    {
        using Stream output = ResultFile.Create(path);
        output.Write("index,date,equity\n"u8);
        for (int c = 0; c < ChunkCount; c++)
        {
            string chunk = System.IO.Path.Combine(Folder, CurvesFolder, c.ToString("D8", CultureInfo.InvariantCulture) + ".csv");
            if (File.Exists(chunk))
            {
                using FileStream input = File.OpenRead(chunk);
                input.CopyTo(output);
            }
        }
    }

    /// <summary>Closes the work files and deletes them, leaving the results.</summary>
    public void RemoveWorkFiles()
    {
        Dispose();
        foreach (string file in new[] { RowsFile, DoneFile, ErrorsFile })
        {
            File.Delete(System.IO.Path.Combine(Folder, file));
        }

        string curves = System.IO.Path.Combine(Folder, CurvesFolder);
        if (Directory.Exists(curves))
        {
            Directory.Delete(curves, recursive: true);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _rows.Dispose();
        _done.Dispose();
        _errors.Dispose();
    }

    private static int Chunks(long first, long end) => (int)((end - first + ChunkSize - 1) / ChunkSize);
}
