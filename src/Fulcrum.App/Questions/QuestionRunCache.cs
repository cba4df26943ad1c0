using System.Collections.Concurrent;
using Fulcrum.Questions;

namespace Fulcrum.App.Questions;

/// <summary>
/// The runs of the case's questions, kept by content hash (see <see cref="IQuestionRunCache"/>): in
/// memory for the life of the services (a replay or a panel answers the same questions many times),
/// and, when the host names a folder, one small JSON file per batch of runs there
/// (<c>FOLDER/KEY.json</c>), so the next <c>examine</c> of the same case finds them. A file that
/// cannot be read, or does not hold the runs asked for, is ignored and the runs are made again; a
/// file that cannot be written is skipped. Nothing in it is needed: deleting the folder only costs time.
/// </summary>
public sealed class QuestionRunCache(string? folder) : IQuestionRunCache
{
    private readonly ConcurrentDictionary<string, QuestionRuns> _memory = new(StringComparer.Ordinal);

    /// <summary>The folder the runs are kept in; null: memory only.</summary>
    public string? Folder { get; } = folder;

    public QuestionRuns? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_memory.TryGetValue(key, out var runs)) return runs;
        if (PathOf(key) is not { } path || !File.Exists(path)) return null;
        try
        {
            var read = QuestionRunsJson.Read(File.ReadAllBytes(path));
            if (read?.Forecasts is null) return null;
            _memory[key] = read;
            return read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Keep(string key, QuestionRuns runs)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(runs);
        _memory[key] = runs;
        if (PathOf(key) is not { } path) return;
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Folder!);
            File.WriteAllBytes(temporary, QuestionRunsJson.Write(runs));
            File.Move(temporary, path, overwrite: true); // whole or not at all: a reader never sees half a file
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temporary); } catch (Exception f) when (f is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>The file of a key: only hex names, so a key can never reach outside the folder.</summary>
    private string? PathOf(string key) =>
        Folder is null || key.Length != 64 || !key.All(char.IsAsciiHexDigitLower) ? null : Path.Combine(Folder, key + ".json");
}
