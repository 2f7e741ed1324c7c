namespace Backtest.Core.Data.Checks;

/// <summary>What a check found.</summary>
public enum FindingKind
{
    /// <summary>The ticker's price or dividends file does not load; the detail is the loader's message.</summary>
    Unreadable,

    /// <summary>A bar with open = high = low = close and volume 0: a price filled in for a day without trades.</summary>
    PlaceholderBar,

    /// <summary>A close-to-close ratio within tolerance of a split ratio: most likely a split the prices do not fold in.</summary>
    SplitLikeJump,

    /// <summary>A close a hundred times the previous one or more (or a hundredth or less): a data error, never a real day.</summary>
    AbsurdJump,

    /// <summary>A close-to-close move beyond the large-move limit that matches no split ratio: probably real, worth a look.</summary>
    LargeMove,

    /// <summary>A day of the folder's calendar, inside the ticker's own first..last dates, on which the ticker has no bar.</summary>
    MissingDay,

    /// <summary>A bar on a Saturday or Sunday in a series that otherwise trades on weekdays: likely dated a day off.</summary>
    WeekendBar,
}
