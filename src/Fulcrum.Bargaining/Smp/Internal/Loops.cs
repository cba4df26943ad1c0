namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// The model's loops over actors, bargains and voters: in parallel, or — when the run is limited to
/// one worker (a study that runs many small tables side by side does so) — as a plain loop on the
/// calling thread, without the scheduling that costs more than a small table's work. Every body
/// writes only its own index, so the result is the same either way.
/// </summary>
internal static class Loops
{
    public static void For(int from, int to, ParallelOptions parallel, Action<int> body)
    {
        if (parallel.MaxDegreeOfParallelism == 1)
        {
            for (var i = from; i < to; i++) body(i);
            return;
        }
        Parallel.For(from, to, parallel, body);
    }

    /// <summary>As <see cref="For(int, int, ParallelOptions, Action{int})"/>, with one scratch value per worker.</summary>
    public static void For<TLocal>(int from, int to, ParallelOptions parallel, Func<TLocal> init, Action<int, TLocal> body)
    {
        if (parallel.MaxDegreeOfParallelism == 1)
        {
            var local = init();
            for (var i = from; i < to; i++) body(i, local);
            return;
        }
        Parallel.For(from, to, parallel, init, (i, _, local) =>
        {
            body(i, local);
            return local;
        }, _ => { });
    }
}
