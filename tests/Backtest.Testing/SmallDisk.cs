using System.Diagnostics;
using NUnit.Framework;

namespace Backtest.Testing;

/// <summary>
/// A real, small file system (a tmpfs of a few megabytes) that a test fills up, for failures exactly as a full disk
/// gives them. Mounting needs root: where that fails the test is ignored, and the <see cref="FullDisk"/> tests, which
/// fail the same writes by injection, still cover it.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    /// <summary>Where the file system is mounted.</summary>
    public string Path { get; }

    /// <summary>Bytes free.</summary>
    public long Free => new DriveInfo(Path).AvailableFreeSpace;

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> KiB in a new temporary folder, or ignores the test.</summary>
    public static SmallDisk Mount(int kilobytes)
    {
        string path = TestPaths.NewTempFolder();
        (int exit, string output) = Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", path);
        if (exit != 0)
        {
            Directory.Delete(path);
            Assert.Ignore($"cannot mount a small tmpfs here ({output.Trim()}); the injected full-disk tests cover this failure");
        }

        return new SmallDisk(path);
    }

    /// <summary>Fills the disk with a file until only about <paramref name="bytes"/> are free.</summary>
    public void FillUntilFree(long bytes)
    {
        long fill = Free - bytes;
        if (fill > 0)
        {
            using var filler = new FileStream(System.IO.Path.Combine(Path, "filler"), FileMode.Create);
            filler.Write(new byte[fill]);
        }
    }

    /// <summary>Unmounts the file system (lazily if still in use) and removes its folder.</summary>
    public void Dispose()
    {
        if (Run("umount", Path).Exit != 0)
        {
            Run("umount", "-l", Path);
        }

        Directory.Delete(Path, recursive: true);
    }

    private static (int Exit, string Output) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
