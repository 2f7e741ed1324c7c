using System.Globalization;
using System.Runtime.InteropServices;

namespace Backtest.Core.Data;

/// <summary>The messages for input files that cannot be opened or read at all, whatever they hold, in one place.</summary>
/// <remarks>Each names the file and says why in plain words: the system's own wording is kept only for rare failures.</remarks>
public static class InputFileErrors
{
    // Error numbers that mean the same on Linux and macOS; ELOOP differs between them, so it is read as Linux's only there.
    private const int NoSuchFile = 2;
    private const int PermissionDenied = 13;
    private const int NotAFolder = 20;
    private const int IsAFolder = 21;
    private const int LinuxLinkLoop = 40;

    /// <summary>A path that names something other than a regular file: a folder, a named pipe, a socket, a device.</summary>
    internal static InputException NotARegularFile(string file, FileKind kind) =>
        Unreadable(file, kind switch
        {
            FileKind.Folder => "it is a folder, not a file",
            FileKind.NamedPipe => "it is a named pipe (FIFO), not a regular file; reading it would wait for a writer, maybe forever",
            FileKind.Socket => "it is a socket, not a regular file",
            FileKind.CharacterDevice => "it is a device (such as /dev/null or /dev/zero), not a regular file",
            FileKind.BlockDevice => "it is a disk device, not a regular file",
            _ => "it is not a regular file",
        });

    /// <summary>A path the system cannot follow to a file: <paramref name="error"/> is its error number (ENOENT, ELOOP, EACCES...).</summary>
    internal static InputException CannotOpen(string file, int error, Exception? inner = null) =>
        Unreadable(file, Reason(file, error), inner);

    /// <summary>A file that opening failed on, with the exception .NET gave.</summary>
    internal static InputException CannotOpen(string file, Exception inner) => inner switch
    {
        FileNotFoundException or DirectoryNotFoundException => CannotOpen(file, NoSuchFile, inner),
        UnauthorizedAccessException when Directory.Exists(file) => NotARegularFile(file, FileKind.Folder),
        UnauthorizedAccessException => CannotOpen(file, PermissionDenied, inner),
        IOException when IsErrorNumber(inner.HResult) => CannotOpen(file, inner.HResult, inner),
        _ => Unreadable(file, Plain(inner.Message), inner),
    };

    /// <summary>A file whose bytes could not be read after it was opened (a disk error, a damaged zip entry).</summary>
    internal static InputException ReadFailed(string file, Exception inner) =>
        inner is IOException && IsErrorNumber(inner.HResult)
            ? CannotOpen(file, inner.HResult, inner)
            : Unreadable(file, Plain(inner.Message), inner);

    /// <summary>A line longer than <see cref="InputFile.MaxLineBytes"/>: reading stopped there, without holding the rest of it.</summary>
    public static InputException LineTooLong(string file, int line) =>
        new($"{file}, line {line}: the line is longer than 1 MiB ({InputFile.MaxLineBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes), " +
            "the most a line of an input file may hold; reading stopped there. Is this the file you meant?");

    private static InputException Unreadable(string file, string reason, Exception? inner = null)
    {
        string message = $"{file}: cannot be read: {reason}.";
        return inner is null ? new InputException(message) : new InputException(message, inner);
    }

    private static string Reason(string file, int error) => error switch
    {
        NoSuchFile when LinkTarget(file) is { } target => $"it is a symbolic link to '{target}', which does not exist",
        NoSuchFile => "it does not exist",
        PermissionDenied => "permission denied (the user running backtest may not read it, or may not open a folder on its path)",
        NotAFolder => "a part of its path is a file, not a folder",
        IsAFolder => "it is a folder, not a file",
        LinuxLinkLoop when OperatingSystem.IsLinux() => "it is a symbolic link that loops (following it leads back to a link already followed)",
        _ => Plain(Marshal.GetPInvokeErrorMessage(error)),
    };

    // On Unix, .NET puts the system's error number in an IOException's HResult; on Windows it is a negative HRESULT.
    private static bool IsErrorNumber(int value) => !OperatingSystem.IsWindows() && value is > 0 and < 4096;

    private static string? LinkTarget(string file)
    {
        try
        {
            return new FileInfo(file).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The system's sentence as a clause of ours: no trailing period, first letter kept (it may be a name).
    private static string Plain(string message) => message.TrimEnd().TrimEnd('.');
}
