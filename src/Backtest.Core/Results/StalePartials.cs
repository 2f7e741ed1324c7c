using System.Diagnostics;

namespace Backtest.Core.Results;

/// <summary>
/// Removes the partial folders and files (<see cref="PartialName"/>) that a killed process left behind, so that they
/// neither pile up nor pass for results.
/// </summary>
/// <remarks>
/// A partial is stale when its writer was on this machine and is no longer running, or when it was last written more
/// than <see cref="MaxAge"/> ago: no run, report or comparison takes that long, and the age also clears a partial whose
/// process id was reused, or one another machine left on a shared disk. A live writer's partial is never touched. A
/// sweep's work folder is not a partial in this sense: it is kept until <c>--resume</c> completes it.
/// </remarks>
public static class StalePartials
{
    /// <summary>The age after which a partial is stale whoever wrote it.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);

    /// <summary>
    /// Removes the stale partials directly inside <paramref name="folder"/> (nothing if it does not exist) and returns
    /// their paths. Ages are read against the file system's clock (<paramref name="nowUtc"/>, by default the system's).
    /// Cleaning up is a courtesy: a partial that cannot be removed is left, and never fails the command.
    /// </summary>
    public static IReadOnlyList<string> Remove(string folder, DateTime? nowUtc = null)
    {
        DateTime now = nowUtc ?? DateTime.UtcNow;
        var removed = new List<string>();
        try
        {
            if (!Directory.Exists(folder))
            {
                return removed;
            }

            foreach (string path in Directory.EnumerateFileSystemEntries(folder, ".*.partial-*"))
            {
                if (PartialName.Parse(Path.GetFileName(path)) is { } name && IsStale(path, name, now) && AtomicFolder.Discard(path))
                {
                    removed.Add(path);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Listing failed; the command's own writes will say what is wrong with the folder.
        }

        return removed;
    }

    private static bool IsStale(string path, PartialName name, DateTime now)
    {
        if (now - File.GetLastWriteTimeUtc(path) > MaxAge)
        {
            return true;
        }

        return name.IsThisHost && name.ProcessId != Environment.ProcessId && !IsRunning(name.ProcessId);
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
