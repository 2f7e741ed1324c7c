using Backtest.Core.Runs;

namespace Backtest.Core.Results;

/// <summary>A folder that appears complete or not at all: filled under a hidden temporary name, then renamed into place.</summary>
public static class AtomicFolder
{
    /// <summary>
    /// Creates <c>parent/name</c> (or <c>name-2</c>, ... if taken) with the files <paramref name="fill"/> writes into the
    /// folder it is given. On any failure the temporary folder is deleted; an I/O failure is an <see cref="InputException"/>.
    /// </summary>
    public static string Create(string parent, string name, Action<string> fill)
    {
        string temporary = Path.Combine(parent, $".{name}.partial-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw RunErrors.CannotWrite(parent, e.Message);
        }

        try
        {
            fill(temporary);
            string target = Unused(Path.Combine(parent, name));
            Directory.Move(temporary, target);
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Directory.Delete(temporary, recursive: true);
            throw RunErrors.CannotWrite(parent, e.Message);
        }
        catch
        {
            Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    /// <summary><paramref name="path"/>, or <c>path-2</c>, <c>path-3</c>, ... when taken.</summary>
    internal static string Unused(string path)
    {
        string candidate = path;
        for (int n = 2; Directory.Exists(candidate); n++)
        {
            candidate = $"{path}-{n}";
        }

        return candidate;
    }
}
