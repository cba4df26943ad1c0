namespace Fulcrum.Core.Randomness;

/// <summary>
/// A seeded pseudo-random generator (xoshiro256**, Blackman &amp; Vigna 2018) whose output is the
/// same on every machine and every .NET version, unlike <see cref="System.Random"/>'s unspecified
/// algorithm. Not thread-safe: give each worker its own stream with <see cref="ForStream"/>.
/// </summary>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator for <paramref name="seed"/>; the state is expanded with SplitMix64.</summary>
    public SeededRandom(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix64(ref sm);
        _s1 = SplitMix64(ref sm);
        _s2 = SplitMix64(ref sm);
        _s3 = SplitMix64(ref sm);
    }

    /// <summary>
    /// An independent generator for sub-stream <paramref name="stream"/> of <paramref name="seed"/>.
    /// Work split into numbered blocks, each with its own stream, gives the same numbers whatever
    /// the number of threads that run the blocks.
    /// </summary>
    public static SeededRandom ForStream(ulong seed, ulong stream)
    {
        var mixed = seed ^ unchecked(0x9E3779B97F4A7C15UL * (stream + 1));
        var sm = mixed;
        return new SeededRandom(SplitMix64(ref sm) ^ stream);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in (0, 1): safe for inverse CDFs and logarithms.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 12) + 0.5) * (1.0 / (1UL << 52));

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var bound = (ulong)maxExclusive;
        var threshold = unchecked(0UL - bound) % bound;
        while (true)
        {
            var r = NextUInt64();
            if (r >= threshold) return (int)(r % bound);
        }
    }

    /// <summary>A standard normal variate (Marsaglia's polar method).</summary>
    public double NextStandardNormal()
    {
        while (true)
        {
            var u = 2.0 * NextDouble() - 1.0;
            var v = 2.0 * NextDouble() - 1.0;
            var s = u * u + v * v;
            if (s is > 0.0 and < 1.0) return u * Math.Sqrt(-2.0 * Math.Log(s) / s);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
