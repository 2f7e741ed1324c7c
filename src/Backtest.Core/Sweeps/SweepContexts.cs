using System.Collections.Concurrent;

namespace Backtest.Core.Sweeps;

/// <summary>
/// The contexts of a sweep, one per distinct window: the values of the axes that change what is loaded (the run and
/// option settings, but not the risk-free rate or annotations) and the strategy's tickers. Each is prepared once, by the
/// first thread that needs it, and shared.
/// </summary>
internal sealed class SweepContexts
{
    private readonly ConcurrentDictionary<string, Lazy<SweepContext>> _contexts = new(StringComparer.Ordinal);
    private readonly int[] _axes;
    private readonly Func<int[], IReadOnlyList<string>, SweepContext> _prepare;

    /// <param name="axes">The axes that change what is loaded.</param>
    /// <param name="prepare">Prepares the context of a combination (its value indices) with its strategy's tickers.</param>
    public SweepContexts(int[] axes, Func<int[], IReadOnlyList<string>, SweepContext> prepare)
    {
        _axes = axes;
        _prepare = prepare;
    }

    /// <summary>Puts a context already prepared (the base plan's) in the cache.</summary>
    public void Seed(ReadOnlySpan<int> digits, SweepContext context) =>
        _contexts.TryAdd(Key(digits, context.Tickers), new Lazy<SweepContext>(context));

    /// <summary>
    /// The context of the combination <paramref name="digits"/> whose strategy trades <paramref name="tickers"/>;
    /// <paramref name="last"/> is the thread's previous one, returned without a look-up when it fits.
    /// </summary>
    public SweepContext For(ReadOnlySpan<int> digits, IReadOnlyList<string> tickers, ref (int[] Digits, SweepContext? Context) last)
    {
        if (last.Context is { } previous && Same(digits, last.Digits) && SameTickers(previous.Tickers, tickers))
        {
            return previous;
        }

        int[] copy = digits.ToArray();
        string key = Key(digits, tickers);
        SweepContext context = _contexts.GetOrAdd(key, _ => new Lazy<SweepContext>(() => _prepare(copy, tickers))).Value;
        last = (copy, context);
        return context;
    }

    private bool Same(ReadOnlySpan<int> digits, int[] previous)
    {
        foreach (int a in _axes)
        {
            if (digits[a] != previous[a])
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameTickers(string[] a, IReadOnlyList<string> b)
    {
        if (a.Length != b.Count)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private string Key(ReadOnlySpan<int> digits, IEnumerable<string> tickers)
    {
        var key = new System.Text.StringBuilder();
        foreach (int a in _axes)
        {
            key.Append(digits[a]).Append(',');
        }

        key.Append('|').AppendJoin(',', tickers.Select(t => t.ToUpperInvariant()));
        return key.ToString();
    }
}
