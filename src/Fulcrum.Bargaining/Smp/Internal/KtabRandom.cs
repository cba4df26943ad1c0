namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// KTAB's generator (kutils <c>PRNG</c>): the standard 64-bit Mersenne Twister (mt19937_64) seeded
/// with the run's seed, each output passed through KTAB's quadratic bijection <c>qTrans</c>. We use
/// it, rather than Fulcrum's <c>SeededRandom</c>, for the stochastic state transitions only, so that
/// a run with a given seed draws the same numbers KTAB would. One generator per run, drawn from in a
/// fixed order (actor 0, 1, …), never from worker threads.
/// </summary>
internal sealed class KtabRandom
{
    private const int N = 312;
    private const int M = 156;
    private const ulong MatrixA = 0xB5026F5AA96619E9UL;
    private const ulong UpperMask = 0xFFFFFFFF80000000UL;
    private const ulong LowerMask = 0x7FFFFFFFUL;
    private const ulong Q64C = 0xE08C1D668B756F83UL; // KTAB: digits of the golden ratio, made odd

    private readonly ulong[] _mt = new ulong[N];
    private int _index;

    public KtabRandom(ulong seed)
    {
        unchecked
        {
            _mt[0] = seed;
            for (var i = 1; i < N; i++)
            {
                _mt[i] = (6364136223846793005UL * (_mt[i - 1] ^ (_mt[i - 1] >> 62))) + (ulong)i;
            }
        }
        _index = N;
    }

    /// <summary>KTAB's <c>PRNG::uniform()</c>: the next twister output through <c>qTrans</c>.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var n = NextRaw();
            return (n + Q64C) * ((2 * n) + 3);
        }
    }

    /// <summary>KTAB's <c>PRNG::uniform(0, 1)</c>: the 64 bits divided by 2^64 − 1, so 1 can occur.</summary>
    public double NextUnit() => NextUInt64() / (double)ulong.MaxValue;

    /// <summary>
    /// KTAB's <c>PRNG::probSel</c>: the first index whose cumulative probability reaches a uniform
    /// draw; the last index if rounding leaves the total short of the draw.
    /// </summary>
    public int Select(double[] p)
    {
        var x = 0.0 + ((1.0 - 0.0) * NextUnit());
        var sum = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            sum += p[i];
            if (x <= sum) return i;
        }
        return p.Length - 1;
    }

    /// <summary>The raw mt19937_64 output (internal for the test against the C++ standard's value).</summary>
    internal ulong NextRaw()
    {
        if (_index >= N) Twist();
        var y = _mt[_index++];
        y ^= (y >> 29) & 0x5555555555555555UL;
        y ^= (y << 17) & 0x71D67FFFEDA60000UL;
        y ^= (y << 37) & 0xFFF7EEE000000000UL;
        y ^= y >> 43;
        return y;
    }

    private void Twist()
    {
        for (var i = 0; i < N; i++)
        {
            var x = (_mt[i] & UpperMask) | (_mt[(i + 1) % N] & LowerMask);
            var xa = x >> 1;
            if ((x & 1UL) != 0) xa ^= MatrixA;
            _mt[i] = _mt[(i + M) % N] ^ xa;
        }
        _index = 0;
    }
}
