using Fulcrum.Core.Randomness;
using Fulcrum.Core.Time;

namespace Fulcrum.Detection.Tests;

/// <summary>Seeded simulated series for the statistical tests: stationary noise, steps, counts.</summary>
public static class Simulation
{
    private static readonly DateOnly Start = new(2000, 1, 3);

    public static Series Daily(IEnumerable<double> values, string name = "sim") =>
        new(name, Period.Day, values.Select((_, i) => Start.AddDays(i)), values, "simulation");

    /// <summary>n standard-normal points, plus <paramref name="shift"/> from point <paramref name="change"/> on.</summary>
    public static Series Normal(ulong seed, int n, double shift = 0, int change = int.MaxValue)
    {
        var rng = SeededRandom.ForStream(seed, 0);
        return Daily([.. Enumerable.Range(0, n).Select(i => rng.NextStandardNormal() + (i >= change ? shift : 0))]);
    }

    /// <summary>n Poisson counts with rate λ₀, and λ₁ from point <paramref name="change"/> on.</summary>
    public static Series Poisson(ulong seed, int n, double lambda0, double lambda1 = double.NaN, int change = int.MaxValue)
    {
        var rng = SeededRandom.ForStream(seed, 1);
        return Daily([.. Enumerable.Range(0, n).Select(i => (double)PoissonDraw(rng, i >= change ? lambda1 : lambda0))]);
    }

    /// <summary>A Poisson draw by inversion (sequential search from 0; exact, and fast enough for λ up to a few hundred).</summary>
    public static int PoissonDraw(SeededRandom rng, double lambda)
    {
        var u = rng.NextDouble();
        var p = Math.Exp(-lambda);
        var cumulative = p;
        var k = 0;
        while (u > cumulative && p > 0)
        {
            k++;
            p *= lambda / k;
            cumulative += p;
        }
        return k;
    }

    /// <summary>Points per alarm over <paramref name="runs"/> stationary series: the in-control average run length.</summary>
    public static double PointsPerAlarm(IChangeDetector detector, Func<ulong, Series> series, int runs, int warmUp)
    {
        long points = 0, alarms = 0;
        for (var i = 0; i < runs; i++)
        {
            var s = series((ulong)i);
            alarms += detector.Detect(s).Alarms.Count;
            points += s.Count - warmUp;
        }
        return points / (double)Math.Max(1, alarms);
    }

    /// <summary>
    /// Mean delay (points from the change to the alarm, counting both) of the first alarm in
    /// <paramref name="direction"/> on or after the change, and the share of runs where it came within the series.
    /// </summary>
    public static (double Delay, double StandardError, double Found) Delay(IChangeDetector detector, Func<ulong, Series> series, int runs, int change, Direction direction = Direction.Up)
    {
        var delays = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var s = series((ulong)i);
            var alarm = detector.Detect(s).Alarms.FirstOrDefault(a => a.Direction == direction && a.Date >= s.Dates[change]);
            if (alarm is not null) delays.Add(alarm.Date.DayNumber - s.Dates[change].DayNumber + 1);
        }
        var mean = delays.Average();
        var sd = Math.Sqrt(delays.Sum(d => (d - mean) * (d - mean)) / (delays.Count - 1));
        return (mean, sd / Math.Sqrt(delays.Count), delays.Count / (double)runs);
    }
}
