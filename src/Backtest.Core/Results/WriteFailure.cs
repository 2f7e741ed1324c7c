namespace Backtest.Core.Results;

/// <summary>Tells a failure of the file system (a full disk, a denied permission) from a bug, and says it in words for the user.</summary>
public static class WriteFailure
{
    /// <summary>
    /// Whether <paramref name="exception"/> is a file-system failure (see <see cref="Find"/>), and if so its reason without
    /// the path it names (the path is inside a temporary folder that is removed).
    /// </summary>
    public static bool TryGetReason(Exception exception, out string reason)
    {
        Exception? failure = Find(exception);
        reason = failure is null ? string.Empty : WithoutPath(failure.Message);
        return failure is not null;
    }

    /// <summary>
    /// The file-system failure <paramref name="exception"/> is (an <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/>) or holds (the first inside the <see cref="AggregateException"/> of
    /// parallel drawing), or null for anything else.
    /// </summary>
    public static Exception? Find(Exception exception) => exception switch
    {
        IOException or UnauthorizedAccessException => exception,
        AggregateException many => many.Flatten().InnerExceptions.FirstOrDefault(e => e is IOException or UnauthorizedAccessException),
        _ => null,
    };

    // .NET words a failed write as "No space left on device : '/path/to/file'"; the path is that of a temporary file.
    private static string WithoutPath(string message)
    {
        int at = message.LastIndexOf(" : '", StringComparison.Ordinal);
        return at > 0 && message.EndsWith('\'') ? message[..at] : message;
    }
}
