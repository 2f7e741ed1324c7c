namespace Backtest.Testing;

/// <summary>
/// A disk with a few bytes free, shared by every file opened through <see cref="Open"/>: a write that does not fit
/// writes what fits and fails as Linux does, "No space left on device". Handed to the result files' test seam, it
/// fails a run or report at a chosen point without needing a real full file system.
/// </summary>
public sealed class FullDisk(long freeBytes)
{
    private long _free = freeBytes;
    private int _failures;

    /// <summary>The message of the failure, as .NET words ENOSPC.</summary>
    public const string NoSpace = "No space left on device";

    /// <summary>How many writes failed.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>The files opened for writing, in order.</summary>
    public List<string> Opened { get; } = [];

    /// <summary>Wraps a file just created at <paramref name="path"/> so that its writes use up this disk's room.</summary>
    public Stream Open(string path, Stream file)
    {
        lock (Opened)
        {
            Opened.Add(path);
        }

        return new FullDiskStream(this, path, file);
    }

    /// <summary>Takes up to <paramref name="wanted"/> bytes of the room left; returns how many it got.</summary>
    internal int Take(int wanted)
    {
        while (true)
        {
            long free = Volatile.Read(ref _free);
            int granted = (int)Math.Min(free, wanted);
            if (Interlocked.CompareExchange(ref _free, free - granted, free) == free)
            {
                return granted;
            }
        }
    }

    /// <summary>Counts a failed write and returns its exception.</summary>
    internal IOException Failure(string path)
    {
        Interlocked.Increment(ref _failures);
        return new IOException($"{NoSpace} : '{path}'");
    }
}
