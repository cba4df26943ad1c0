using System.Text.Json;

namespace Fulcrum.Cli.Tests;

public class RootCommandTests
{
    [Fact]
    public void Help_ListsCommandsAndGlobalOptions()
    {
        var run = CliRunner.Run("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("case", run.Out, StringComparison.Ordinal);
        Assert.Contains("--json", run.Out, StringComparison.Ordinal);
        Assert.Contains("--quiet", run.Out, StringComparison.Ordinal);
        Assert.Contains("--verbose", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var run = CliRunner.Run("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out.Trim());
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("case", "nonsense")]
    [InlineData("case", "check", "--no-such-option")]
    public void UnknownCommandOrOption_IsUsageErrorWithHint(params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("usage error:", run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("usage error: 'nonsense' is not a command of 'fulcrum' — the commands are case, examine", "nonsense")]
    [InlineData("usage error: 'nonsense' is not a command of 'fulcrum case' — the commands are check, show, export", "case", "nonsense")]
    public void UnknownCommand_NamesItselfFirst(string first, params string[] args)
    {
        var run = CliRunner.Run(args);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(first, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Required command was not provided", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonOption_IsAcceptedBeforeOrAfterTheCommand()
    {
        var before = CliRunner.Run("--json", "case", "check");
        var after = CliRunner.Run("case", "check", "--json");
        Assert.Equal(0, before.ExitCode);
        Assert.Equal(before.Out, after.Out);
        using var doc = JsonDocument.Parse(after.Out);
        Assert.True(doc.RootElement.GetProperty("ok").GetBoolean());
    }
}
