using System.Text;

namespace Backtest.Core.Data;

/// <summary>
/// The one way input files (prices, dividends, splits, LEAN zips and factor files, borrow data, rate files, presets)
/// are opened: whatever goes wrong on the file system is an <see cref="InputException"/> naming the file and the reason.
/// </summary>
/// <remarks>
/// <para>
/// Only regular files are read. A folder, a named pipe, a socket or a device is refused before it is opened (opening a
/// named pipe would wait for a writer, forever if none comes); a path that does not lead to a file (nothing there, a
/// loop of symbolic links) or that the user may not read is refused with the reason in plain words, and so is a file
/// whose bytes cannot be read once open.
/// </para>
/// <para>
/// Text is read through a limit on line length, <see cref="MaxLineBytes"/>: a line longer than that is refused after
/// reading at most that much of it, so a file of one huge line costs a megabyte of memory and milliseconds, not its size.
/// </para>
/// </remarks>
public static class InputFile
{
    /// <summary>
    /// The longest line an input file may hold, in bytes: 1 MiB. The longest real line is a header of a few dozen
    /// columns; anything near this is not a data file.
    /// </summary>
    public const int MaxLineBytes = 1 << 20;

    // Reads of a few pages at a time: the readers above (CsvHelper, StreamReader) keep buffers of their own.
    private const int BufferBytes = 4096;

    /// <summary>Opens <paramref name="path"/> to read its bytes as they are (a zip, a file to hash), with no limit on lines.</summary>
    public static Stream OpenRead(string path) => new InputStream(Open(path), path, limitLines: false);

    /// <summary>Opens <paramref name="path"/> to read as text: a line longer than <see cref="MaxLineBytes"/> is an <see cref="InputException"/>.</summary>
    public static Stream OpenText(string path) => new InputStream(Open(path), path, limitLines: true);

    /// <summary>
    /// The lines of <paramref name="path"/>, as <see cref="File.ReadLines(string)"/> gives them (encoding from the byte
    /// order mark, UTF-8 otherwise), each at most <see cref="MaxLineBytes"/> long.
    /// </summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(OpenText(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>The whole text of <paramref name="path"/> (a result's JSON, say), read under the same limit on lines.</summary>
    public static string ReadAllText(string path)
    {
        using var reader = new StreamReader(OpenText(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Throws the input error of <paramref name="path"/> if it is no regular file that can be opened, without reading it:
    /// for a reader that must open the file itself (a CSV library's own file reader).
    /// </summary>
    public static void CheckReadable(string path) => Open(path).Dispose();

    /// <summary>Reads the text of <paramref name="stream"/>, named <paramref name="name"/> in messages (a zip entry, say), under the same limit.</summary>
    internal static Stream Text(Stream stream, string name) => new InputStream(stream, name, limitLines: true);

    private static FileStream Open(string path)
    {
        // Asked before opening: open() on a named pipe blocks until a writer comes, and nothing can interrupt it.
        if (!LinuxFileStatus.TryGetKind(path, out FileKind kind, out int error))
        {
            throw InputFileErrors.CannotOpen(path, error);
        }

        if (kind is not (FileKind.RegularFile or FileKind.Unknown))
        {
            throw InputFileErrors.NotARegularFile(path, kind);
        }

        // Where the kind is unknown (not Linux), a folder is the one non-file that is easy to tell apart.
        if (kind == FileKind.Unknown && Directory.Exists(path))
        {
            throw InputFileErrors.NotARegularFile(path, FileKind.Folder);
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputFileErrors.CannotOpen(path, e);
        }
    }
}
