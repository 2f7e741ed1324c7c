using Backtest.Core;
using Backtest.Core.Results;
using Backtest.Reporting.Input;

namespace Backtest.Reporting.Output;

/// <summary>
/// What <c>report</c> does to a results folder of any kind (a run's, a bootstrap's): refuses a partial folder, reads it,
/// and redraws its report with a failure of the disk an <see cref="InputException"/> naming the folder and the reason,
/// the old report and figures being as they were.
/// </summary>
internal static class FolderRedraw
{
    /// <summary>Reads <paramref name="folder"/> with <paramref name="read"/> and draws its report over the old one with <paramref name="replace"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Run<T>(string folder, Func<string, T> read, Func<T, IReadOnlyList<string>> replace)
    {
        SavedFile.RequireFinished(folder);
        T saved = read(folder);
        try
        {
            return replace(saved);
        }
        catch (Exception e) when (WriteFailure.TryGetReason(e, out string why))
        {
            throw OutputErrors.CannotReplace(folder, why);
        }
    }
}
