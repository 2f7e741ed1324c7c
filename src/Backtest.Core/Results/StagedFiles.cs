namespace Backtest.Core.Results;

/// <summary>
/// Replaces a set of files in an existing folder together or not at all (a report drawn again over the old one).
/// </summary>
/// <remarks>
/// <para>
/// The new files are written into a hidden staging folder inside the target folder (a <see cref="PartialName"/>, so on
/// the same file system), in the same layout. Only when every one is written are they moved over the old ones, each by
/// a rename, which needs no room on the disk and leaves a reader either the old file or the new one, never part of one;
/// a new file replacing an old one is flushed to disk first. Any failure before that removes the staging folder and
/// leaves every old file untouched. The swap itself is a series of renames, not one: should a rename fail part way (a
/// permission changed during it), every file is still whole, some old and some new.
/// </para>
/// <para>
/// Nothing is written through a link. A link in a file's place is replaced by the new file (the rename replaces the
/// link itself; what it pointed to is not touched). A link, or a file, in the place of a folder of the layout is
/// refused before anything is written: removing it could lose what the user keeps there.
/// </para>
/// </remarks>
public static class StagedFiles
{
    /// <summary>
    /// Calls <paramref name="write"/> with a fresh staging folder, expecting it to write files there and return their
    /// paths; then moves them to the same places under <paramref name="folder"/> and returns their new paths. A failure
    /// of the file system is rethrown as it came after the staging folder is removed; a link or file in the place of a
    /// folder is an <see cref="InputException"/>.
    /// </summary>
    public static IReadOnlyList<string> Replace(string folder, Func<string, IEnumerable<string>> write)
    {
        StalePartials.Remove(folder);
        string staging = Path.Combine(folder, PartialName.For("staged").ToString());
        try
        {
            AtomicFolder.Fresh(staging);
            string[] files = [.. write(staging).Select(path => Path.GetRelativePath(staging, path))];
            CheckPlaces(folder, files);
            return Move(staging, folder, files);
        }
        finally
        {
            AtomicFolder.Discard(staging);
        }
    }

    // Every folder of the layout a real folder (or absent), every file's place free of a folder: checked before the
    // first move, so that the moves cannot stop half way on something in the way.
    private static void CheckPlaces(string folder, IEnumerable<string> files)
    {
        foreach (string file in files)
        {
            string target = Path.Combine(folder, file);
            for (string? part = Path.GetDirectoryName(file); !string.IsNullOrEmpty(part); part = Path.GetDirectoryName(part))
            {
                string path = Path.Combine(folder, part);
                if (new FileInfo(path).LinkTarget is { } link)
                {
                    throw OutputErrors.LinkedFolder(path, link);
                }

                if (File.Exists(path))
                {
                    throw OutputErrors.InTheWay(path, "a folder");
                }
            }

            if (new FileInfo(target).LinkTarget is null && Directory.Exists(target))
            {
                throw OutputErrors.InTheWay(target, "a file");
            }
        }
    }

    // Flushes first, all of them, so that a disk failing at that stage still leaves every old file as it was.
    private static string[] Move(string staging, string folder, string[] files)
    {
        foreach (string file in files.Where(f => File.Exists(Path.Combine(folder, f))))
        {
            ResultFile.FlushToDisk(Path.Combine(staging, file));
        }

        var moved = new string[files.Length];
        for (int k = 0; k < files.Length; k++)
        {
            string target = Path.Combine(folder, files[k]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(staging, files[k]), target, overwrite: true);
            moved[k] = target;
        }

        return moved;
    }
}
