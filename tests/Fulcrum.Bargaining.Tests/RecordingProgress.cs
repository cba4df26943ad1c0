namespace Fulcrum.Bargaining.Tests;

/// <summary>An <see cref="IProgress{T}"/> that records each report at once, with the thread it came on.</summary>
internal sealed class RecordingProgress : IProgress<BargainProgress>
{
    public List<BargainProgress> Reports { get; } = [];

    public List<int> Threads { get; } = [];

    public void Report(BargainProgress value)
    {
        Reports.Add(value);
        Threads.Add(Environment.CurrentManagedThreadId);
    }
}
