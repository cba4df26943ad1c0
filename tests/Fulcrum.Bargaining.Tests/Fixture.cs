using Fulcrum.Bargaining.Input;

namespace Fulcrum.Bargaining.Tests;

/// <summary>Paths to and readings of the files under Fixtures/ (see Fixtures/Bdm/SOURCE.md).</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Bdm", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static ActorTable Bdm(string name)
    {
        var read = BdmCsvReader.ReadFile(Path(name));
        Assert.True(read.Ok, string.Join("\n", read.Problems));
        return read.Value!;
    }
}
