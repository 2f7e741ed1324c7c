using System.ComponentModel;
using System.Diagnostics;
using NUnit.Framework;

namespace Backtest.Testing;

/// <summary>Real files that are wrong in the ways a file system can be: a named pipe, a loop of links, no read permission, one huge line.</summary>
/// <remarks>
/// Each is made for real (mkfifo, symbolic links, chmod), not simulated, so that the tests see what a user would. Where
/// the machine cannot make one, or where it would not be a fault (root reads any file), the test is ignored with the reason.
/// </remarks>
public static class FileFaults
{
    /// <summary>Makes a named pipe at <paramref name="path"/> with the <c>mkfifo</c> command; ignores the test where there is none.</summary>
    public static void MakeNamedPipe(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("named pipes in the file system are a Unix thing; there is no mkfifo on Windows");
        }

        try
        {
            using Process mkfifo = Process.Start("mkfifo", [path]);
            mkfifo.WaitForExit();
            Assert.That(mkfifo.ExitCode, Is.Zero, $"mkfifo {path}");
        }
        catch (Win32Exception e)
        {
            Assert.Ignore($"no mkfifo command here ({e.Message}), so no named pipe can be made");
        }
    }

    /// <summary>Makes <paramref name="path"/> a symbolic link to a second link beside it that points back at it.</summary>
    public static void MakeLinkLoop(string path)
    {
        string other = path + ".other";
        File.CreateSymbolicLink(path, other);
        File.CreateSymbolicLink(other, path);
    }

    /// <summary>
    /// Takes every permission off <paramref name="path"/>; ignores the test when the file can still be read, as it can
    /// by root (the tests may run as root in a container), for whom permissions do not stop reads.
    /// </summary>
    public static void MakeUnreadable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix permissions do not apply on Windows");
            return;
        }

        File.SetUnixFileMode(path, UnixFileMode.None);
        if (CanRead(path))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            Assert.Ignore($"chmod 000 does not stop this user ({Environment.UserName}) reading {path}: root, or a user with CAP_DAC_OVERRIDE, reads any file; run the tests as an ordinary user to check unreadable files");
        }
    }

    /// <summary>Gives the owner back read and write permission, so that the test's folder can be deleted.</summary>
    public static void MakeReadable(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>Writes <paramref name="header"/> and then one line of <paramref name="bytes"/> digits with no line break, quickly (no string that long is made).</summary>
    public static void WriteOneHugeLine(string path, string header, long bytes)
    {
        var chunk = new byte[1 << 20];
        Array.Fill(chunk, (byte)'7');
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        file.Write(System.Text.Encoding.ASCII.GetBytes(header));
        for (long left = bytes; left > 0; left -= chunk.Length)
        {
            file.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
        }
    }

    private static bool CanRead(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
