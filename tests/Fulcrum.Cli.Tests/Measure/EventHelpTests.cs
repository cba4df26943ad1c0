namespace Fulcrum.Cli.Tests.Measure;

public class EventHelpTests
{
    [Fact]
    public void Help_ListsTheEventCommands()
    {
        var run = CliRunner.Run("--help");

        foreach (var command in new[] { "ingest", "rejects", "dyad", "export" })
            Assert.Contains(command, run.Out, StringComparison.Ordinal);
        var dyad = CliRunner.Run("dyad", "--help");
        foreach (var option in new[] { "--db", "--directed", "--by", "--from", "--to", "--state-actors", "--root-only", "--min-mentions", "--dedupe", "--normalize", "--csv" })
            Assert.Contains(option, dyad.Out, StringComparison.Ordinal);
    }
}
