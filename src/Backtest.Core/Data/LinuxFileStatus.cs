using System.Runtime.InteropServices;

namespace Backtest.Core.Data;

/// <summary>What kind of file a path names, asked of Linux without opening it (<c>statx</c>).</summary>
/// <remarks>
/// .NET reports a named pipe, a socket and a device as ordinary files (<see cref="FileAttributes.Normal"/>), and opening
/// a named pipe blocks until a writer comes. <c>statx</c> says what the path is without opening it, and its record has
/// the same layout on every Linux architecture (unlike <c>stat</c>'s), so one declaration serves x64 and arm64.
/// Elsewhere, or with a C library without <c>statx</c>, the kind is <see cref="FileKind.Unknown"/>.
/// </remarks>
internal static class LinuxFileStatus
{
    // statx(2): AT_FDCWD resolves the path from the working folder; STATX_TYPE asks for the file type only.
    private const int CurrentFolder = -100;
    private const uint TypeOnly = 0x1;
    private const int RecordSize = 256;
    private const int ModeOffset = 0x1C;
    private const int TypeBits = 0xF000;

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>
    /// The kind of file at <paramref name="path"/>, symbolic links followed; false with the system's error number
    /// (ELOOP for a loop of links, ENOENT for nothing there) when the path cannot be followed to a file. Unknown, and
    /// true, where the system cannot be asked.
    /// </summary>
    public static bool TryGetKind(string path, out FileKind kind, out int error)
    {
        kind = FileKind.Unknown;
        error = 0;
        if (s_unavailable)
        {
            return true;
        }

        var record = new byte[RecordSize];
        try
        {
            if (statx(CurrentFolder, path, 0, TypeOnly, record) != 0)
            {
                error = Marshal.GetLastPInvokeError();
                return false;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            s_unavailable = true;
            return true;
        }

        kind = (BitConverter.ToUInt16(record, ModeOffset) & TypeBits) switch
        {
            0x8000 => FileKind.RegularFile,
            0x4000 => FileKind.Folder,
            0x1000 => FileKind.NamedPipe,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Unknown,
        };
        return true;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] record);
}
