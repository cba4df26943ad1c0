namespace Fulcrum.Questions.Tests;

/// <summary>A run cache in memory that counts what it was asked.</summary>
internal sealed class MemoryCache : IQuestionRunCache
{
    public Dictionary<string, QuestionRuns> Kept { get; } = new(StringComparer.Ordinal);

    public int Finds { get; private set; }

    public QuestionRuns? Find(string key)
    {
        Finds++;
        return Kept.GetValueOrDefault(key);
    }

    public void Keep(string key, QuestionRuns runs) => Kept[key] = runs;
}
