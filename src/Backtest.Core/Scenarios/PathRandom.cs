using System.Numerics;

namespace Backtest.Core.Scenarios;

/// <summary>
/// The random numbers of one scenario path: a xoshiro256** generator (Blackman and Vigna 2018) whose state is
/// derived by SplitMix64 from the scenario seed and the path's index alone, so that a path draws the same numbers
/// whichever thread runs it and in whatever order the paths are run.
/// </summary>
/// <remarks>
/// <para>
/// The sequence is part of the output format: every scenario result is a function of it, so changing the seeding,
/// the generator or the way <see cref="NextDouble"/> and <see cref="NextInt"/> turn bits into numbers changes every
/// result ever published for a seed. A test pins the first numbers of a path; change it only on purpose.
/// </para>
/// <para>
/// A mutable struct so that drawing allocates nothing; pass it by <see langword="ref"/>, since a copy replays the
/// same numbers. <c>default(PathRandom)</c> is not a generator (its all-zero state yields zeros for ever):
/// always use the constructor.
/// </para>
/// </remarks>
public struct PathRandom
{
    // Weyl increment of SplitMix64 (2^64 divided by the golden ratio, odd).
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>The generator of path <paramref name="path"/> of the scenario seeded with <paramref name="seed"/>.</summary>
    /// <param name="seed">The scenario's seed; any value.</param>
    /// <param name="path">The path's index; any value, usually 0, 1, 2, ...</param>
    public PathRandom(long seed, long path)
    {
        // Mixing the seed first and adding the path after keeps (seed, path) and (seed', path') apart even when
        // seed - seed' equals path' - path, which a plain sum would not. Mix is a bijection, so for one seed every
        // path starts its SplitMix64 stream at a different point.
        ulong splitMix = Mix((ulong)seed) + (ulong)path;
        _s0 = NextSplitMix(ref splitMix);
        _s1 = NextSplitMix(ref splitMix);
        _s2 = NextSplitMix(ref splitMix);
        _s3 = NextSplitMix(ref splitMix);

        // Four consecutive outputs of a bijection of distinct inputs are never all zero, the one state xoshiro
        // cannot leave; no check needed.
    }

    // For the reference vectors of the xoshiro256** paper's code; the state must not be all zero.
    internal PathRandom(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextULong()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform number in [0, 1): the top 53 bits of <see cref="NextULong"/>, one draw.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// A uniform integer in [0, <paramref name="bound"/>), exactly unbiased by Lemire's multiply-and-reject method
    /// (Lemire 2019, "Fast random integer generation in an interval"): one draw, rarely more.
    /// </summary>
    /// <param name="bound">The number of possible values, at least 1.</param>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, 1);
        ulong n = (ulong)bound;
        ulong high = Math.BigMul(NextULong(), n, out ulong low);
        if (low < n)
        {
            // 2^64 mod n multiples would land in [0, n) once too often; reject the products whose low word falls
            // among them.
            ulong threshold = (0 - n) % n;
            while (low < threshold)
            {
                high = Math.BigMul(NextULong(), n, out low);
            }
        }

        return (int)high;
    }

    // SplitMix64 (Steele, Lea and Flood 2014): a counter stepped by Golden and passed through Mix.
    internal static ulong NextSplitMix(ref ulong state)
    {
        state += Golden;
        return Mix(state);
    }

    // The finaliser of SplitMix64: a bijection of 64-bit words that spreads every input bit over the output.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
