using System.Text;

namespace Backtest.Core.Results;

/// <summary>
/// Where every file of a run, report, comparison or sweep is opened for writing. Files are only ever written inside a
/// folder this process is filling (a hidden partial or staging folder) and moved into sight when complete, so this
/// creates a new file and never writes through whatever was at the path (a file left by a killed process, a link).
/// </summary>
public static class ResultFile
{
    // A test's stand-in for the file system (a disk that fills up mid-write); per async flow, so parallel tests keep
    // their own, and it reaches the threads a report or sweep starts.
    private static readonly AsyncLocal<Func<string, Stream, Stream>?> Interceptor = new();

    /// <summary>A new, empty file at <paramref name="path"/>; an entry already there (a file or a link) is removed first, not followed.</summary>
    public static Stream Create(string path)
    {
        File.Delete(path);
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        return Interceptor.Value is { } intercept ? intercept(path, file) : file;
    }

    /// <summary>Writes <paramref name="bytes"/> as a new file at <paramref name="path"/>.</summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using Stream stream = Create(path);
        stream.Write(bytes);
    }

    /// <summary>Writes <paramref name="text"/> as a new UTF-8 file (no byte-order mark) at <paramref name="path"/>.</summary>
    public static void WriteText(string path, string text) => Write(path, Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Forces the written bytes of <paramref name="path"/> onto the disk. Called before a file is moved over an old one:
    /// without it a power cut just after the move could leave an empty file where the old one was.
    /// </summary>
    public static void FlushToDisk(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        file.Flush(flushToDisk: true);
    }

    /// <summary>Runs <paramref name="body"/> with every file it creates opened through <paramref name="intercept"/> (tests only).</summary>
    internal static T Intercepted<T>(Func<string, Stream, Stream> intercept, Func<T> body)
    {
        Func<string, Stream, Stream>? previous = Interceptor.Value;
        Interceptor.Value = intercept;
        try
        {
            return body();
        }
        finally
        {
            Interceptor.Value = previous;
        }
    }
}
