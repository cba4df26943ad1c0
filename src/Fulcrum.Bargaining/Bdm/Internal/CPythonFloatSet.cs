namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>
/// The iteration order of a CPython 3 <c>set</c> of floats built by adding values one by one
/// (<c>{a.x for a in actors}</c>). The reference replication scans the positions in that order to
/// find its median, so with no strict winner its answer depends on it. Emulates CPython's float
/// hash (the value modulo 2^61 − 1) and its set table (open addressing, 9 linear probes, then
/// perturbed probing; grows ×4 when 3/5 full), as in CPython 3.7–3.13 (<c>Objects/setobject.c</c>,
/// <c>Python/pyhash.c</c>); checked against CPython 3.11.
/// </summary>
internal static class CPythonFloatSet
{
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    private const ulong Modulus = (1UL << 61) - 1;

    /// <summary>The distinct values of <paramref name="values"/> in the order CPython iterates the set.</summary>
    public static double[] IterationOrder(ReadOnlySpan<double> values)
    {
        var table = new Table(8);
        foreach (var v in values) table = table.Add(v);
        return table.InSlotOrder();
    }

    /// <summary>CPython's <c>hash(float)</c> for a finite value.</summary>
    public static long Hash(double v)
    {
        if (!double.IsFinite(v)) throw new ArgumentOutOfRangeException(nameof(v), v, "finite values only");
        if (v == 0) return 0;
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        var exponentBits = (int)((bits >> 52) & 0x7FF);
        var mantissa = (ulong)(bits & 0xFFFFFFFFFFFFFL);
        int exponent;
        if (exponentBits == 0) exponent = -1074;
        else
        {
            mantissa |= 1UL << 52;
            exponent = exponentBits - 1075;
        }
        // |v| = mantissa · 2^exponent; since 2^61 ≡ 1 (mod 2^61 − 1), 2^exponent ≡ 2^(exponent mod 61).
        var shift = ((exponent % 61) + 61) % 61;
        var product = (UInt128)mantissa << shift;
        var x = (long)(ulong)(product % Modulus);
        if (v < 0) x = -x;
        return x == -1 ? -2 : x;
    }

    private sealed class Table(int size)
    {
        private readonly double?[] _keys = new double?[size];
        private readonly long[] _hashes = new long[size];
        private int _used;

        private ulong Mask => (ulong)_keys.Length - 1;

        public Table Add(double value)
        {
            var hash = Hash(value);
            var mask = Mask;
            var i = unchecked((ulong)hash) & mask;
            var perturb = unchecked((ulong)hash);
            while (true)
            {
                var probes = i + LinearProbes <= mask ? LinearProbes : 0;
                for (var p = 0; p <= probes; p++)
                {
                    var slot = (int)(i + (ulong)p);
                    if (_keys[slot] is not { } key)
                    {
                        _keys[slot] = value;
                        _hashes[slot] = hash;
                        _used++;
                        // No deletions here, so "fill" (used + dummies) equals "used".
                        return (ulong)_used * 5 < mask * 3 ? this : Resized(_used * 4);
                    }
                    if (_hashes[slot] == hash && key == value) return this;
                }
                perturb >>= PerturbShift;
                i = unchecked(i * 5 + 1 + perturb) & mask;
            }
        }

        public double[] InSlotOrder() => [.. _keys.Where(k => k.HasValue).Select(k => k!.Value)];

        private Table Resized(int minUsed)
        {
            var newSize = 8;
            while (newSize <= minUsed) newSize <<= 1;
            var bigger = new Table(newSize);
            for (var slot = 0; slot < _keys.Length; slot++)
                if (_keys[slot] is { } key) bigger.InsertClean(key, _hashes[slot]);
            return bigger;
        }

        private void InsertClean(double value, long hash)
        {
            var mask = Mask;
            var i = unchecked((ulong)hash) & mask;
            var perturb = unchecked((ulong)hash);
            while (true)
            {
                var probes = i + LinearProbes <= mask ? LinearProbes : 0;
                for (var p = 0; p <= probes; p++)
                {
                    var slot = (int)(i + (ulong)p);
                    if (_keys[slot] is null)
                    {
                        _keys[slot] = value;
                        _hashes[slot] = hash;
                        _used++;
                        return;
                    }
                }
                perturb >>= PerturbShift;
                i = unchecked(i * 5 + 1 + perturb) & mask;
            }
        }
    }
}
