namespace Backtest.Core.Sweeps;

/// <summary>
/// The combinations of a sweep's axes, as nested loops in the order the grids were given: the first axis varies
/// slowest, the last fastest. Combination <c>i</c> (0-based) is the mixed-radix number whose digits are the value indices.
/// </summary>
public sealed class SweepGrid
{
    /// <summary>The most combinations one sweep takes (its result table lives on disk, about 500 bytes a row).</summary>
    public const long MaxCombinations = 50_000_000;

    private readonly int[] _sizes;

    /// <summary>A grid of <paramref name="axes"/>; an empty list or one of more than <see cref="MaxCombinations"/> is an <see cref="InputException"/>.</summary>
    public SweepGrid(IReadOnlyList<GridAxis> axes)
    {
        if (axes.Count == 0)
        {
            throw SweepErrors.EmptyGrid();
        }

        Axes = axes;
        _sizes = axes.Select(a => a.Values.Count).ToArray();
        double count = 1;
        foreach (int size in _sizes)
        {
            count *= size;
        }

        if (count > MaxCombinations)
        {
            throw SweepErrors.TooLarge((long)Math.Min(count, long.MaxValue), MaxCombinations);
        }

        Count = (long)count;
    }

    /// <summary>The axes, in the order given.</summary>
    public IReadOnlyList<GridAxis> Axes { get; }

    /// <summary>The number of combinations.</summary>
    public long Count { get; }

    /// <summary>Writes the value index of each axis of combination <paramref name="index"/> into <paramref name="digits"/>.</summary>
    public void Decode(long index, Span<int> digits)
    {
        for (int a = _sizes.Length - 1; a >= 0; a--)
        {
            digits[a] = (int)(index % _sizes[a]);
            index /= _sizes[a];
        }
    }

    /// <summary>Moves <paramref name="digits"/> to the next combination (the last axis fastest).</summary>
    public void Next(Span<int> digits)
    {
        for (int a = _sizes.Length - 1; a >= 0; a--)
        {
            if (++digits[a] < _sizes[a])
            {
                return;
            }

            digits[a] = 0;
        }
    }

    /// <summary>The values of combination <paramref name="index"/>, one per axis.</summary>
    public string[] Values(long index)
    {
        Span<int> digits = stackalloc int[_sizes.Length];
        Decode(index, digits);
        var values = new string[_sizes.Length];
        for (int a = 0; a < values.Length; a++)
        {
            values[a] = Axes[a].Values[digits[a]];
        }

        return values;
    }
}
