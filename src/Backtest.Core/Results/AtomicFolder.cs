namespace Backtest.Core.Results;

/// <summary>A folder that appears complete or not at all: filled under a hidden partial name, then renamed into place.</summary>
/// <remarks>
/// The partial name (<see cref="PartialName"/>) says which process fills it; each new folder first removes the partials
/// of dead processes beside it (<see cref="StalePartials"/>), so a killed run's leftovers go with the next run.
/// </remarks>
public static class AtomicFolder
{
    /// <summary>
    /// Creates <c>parent/name</c> (or <c>name-2</c>, ... if taken) with the files <paramref name="fill"/> writes into the
    /// folder it is given. On any failure the partial folder is deleted; a failure of the file system (a full disk, a
    /// denied permission, also from parallel writers) is an <see cref="InputException"/> naming <paramref name="parent"/>
    /// and the reason.
    /// </summary>
    public static string Create(string parent, string name, Action<string> fill)
    {
        StalePartials.Remove(parent);
        string temporary = Path.Combine(parent, PartialName.For(name).ToString());
        string? made = FirstMissing(parent);
        try
        {
            Directory.CreateDirectory(parent);
            Fresh(temporary);
            fill(temporary);
            string target = Unused(Path.Combine(parent, name));
            Directory.Move(temporary, target);
            return target;
        }
        catch (Exception e) when (WriteFailure.TryGetReason(e, out string why))
        {
            Discard(temporary, made, parent);
            throw OutputErrors.CannotWrite(parent, why);
        }
        catch
        {
            Discard(temporary, made, parent);
            throw;
        }
    }

    /// <summary><paramref name="path"/>, or <c>path-2</c>, <c>path-3</c>, ... when taken (by a folder, a file or a link).</summary>
    internal static string Unused(string path)
    {
        string candidate = path;
        for (int n = 2; Path.Exists(candidate) || new FileInfo(candidate).LinkTarget is not null; n++)
        {
            candidate = $"{path}-{n}";
        }

        return candidate;
    }

    /// <summary>
    /// Creates <paramref name="path"/> empty. An entry there already bears this process's partial name, so it is a dead
    /// process's leftover whose id this process reuses; it is removed (a link itself, not what it points to).
    /// </summary>
    internal static void Fresh(string path)
    {
        Discard(path);
        Directory.CreateDirectory(path);
    }

    // The outermost folder of parent's path that does not exist yet, or null: created for this folder, removed with it.
    private static string? FirstMissing(string parent)
    {
        string? missing = null;
        for (string? path = Path.GetFullPath(parent); !string.IsNullOrEmpty(path) && !Path.Exists(path); path = Path.GetDirectoryName(path))
        {
            missing = path;
        }

        return missing;
    }

    // A failure leaves the disk as it was: the partial folder goes, and so do the (empty) folders made to hold it.
    private static void Discard(string temporary, string? made, string parent)
    {
        Discard(temporary);
        if (made is null)
        {
            return;
        }

        try
        {
            for (string? path = Path.GetFullPath(parent); path is not null && path.Length >= made.Length; path = Path.GetDirectoryName(path))
            {
                Directory.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not empty (another process wrote there meanwhile) or not removable: it stays.
        }
    }

    /// <summary>
    /// Removes a partial folder, or a link or file in its place (a link itself: deleting it as a folder would empty the
    /// folder it points to); returns whether nothing is left. On a failing disk this may fail too, which is left unsaid:
    /// the failure being reported matters more, and the next command in this folder removes what is left.
    /// </summary>
    internal static bool Discard(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null || File.Exists(path))
            {
                File.Delete(path);
            }
            else if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
