using Fulcrum.Events.Tests.Reading;

namespace Fulcrum.Cli.Tests.Measure;

/// <summary>A typo in an actor code is a warning with suggestions, not a silent series of zeros (the real luka_v2 CSVs).</summary>
public sealed class ActorCodeCommandTests : IDisposable
{
    private readonly MeasureCli _cli = new();

    public ActorCodeCommandTests() => _cli.IngestFixtures(HeaderReaderTests.Luka);

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Dyad_UnknownCode_WarnsOnStandardErrorAndStillPrintsTheSeries()
    {
        var run = _cli.Run("dyad", "USA", "XYZ", "--by", "day");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: dyad: unknown actor code 'XYZ': not a CAMEO country, group or type, and in no event of the store", run.Error, StringComparison.Ordinal);
        Assert.Contains("3 periods, 0 events", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Dyad_Trk_SuggestsTurkeyFirst_InTheJsonRecord()
    {
        var json = _cli.Json("dyad", "USA", "TRK", "--by", "day");

        var warning = Assert.Single(json.GetProperty("warnings").EnumerateArray());
        Assert.Equal("dyad", warning.GetProperty("subject").GetString());
        Assert.StartsWith("did you mean TUR (Turkey)", warning.GetProperty("hint").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dyad_Rom_SaysTheStoreWritesRomaniaRou()
    {
        var run = _cli.Run("dyad", "USA", "ROM", "--by", "day", "--csv");

        Assert.Contains("'ROM' (Romania) is in no event of the store: the CAMEO list spells Romania ROM; GDELT 2.0 writes ROU — use ROU", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("period_start,period_end,", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Dyad_KnownCodes_NoWarning()
    {
        var json = _cli.Json("dyad", "ISR", "USA", "--by", "day");

        Assert.Empty(json.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public void Dyad_EitherWayRound_IsOneDyadInOneOrder()
    {
        var forward = _cli.Run("dyad", "ISR", "USA", "--by", "day");
        var backward = _cli.Run("dyad", "USA", "ISR", "--by", "day");
        var json = _cli.Json("dyad", "USA", "ISR", "--by", "day");
        var directed = _cli.Json("dyad", "USA", "ISR", "--by", "day", "--directed");

        Assert.Equal(forward.Out, backward.Out);
        Assert.Contains("ISR (Israel) <-> USA (United States)", backward.Out, StringComparison.Ordinal);
        Assert.Equal(("ISR", "USA"), (json.GetProperty("actor_a").GetString(), json.GetProperty("actor_b").GetString()));
        Assert.Equal(("USA", "ISR"), (directed.GetProperty("actor_a").GetString(), directed.GetProperty("actor_b").GetString()));
    }

    [Fact]
    public void Export_UnknownActor_WarnsInTheRecord()
    {
        var json = _cli.Json("export", "--format", "csv", "--out", _cli.Temp.File("out.csv"), "--actors", "ISR", "TRK");

        var warning = Assert.Single(json.GetProperty("warnings").EnumerateArray());
        Assert.Contains("unknown actor code 'TRK'", warning.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AlarmsOnAStoreDyad_WithATypo_NamesTheTypoAndTheCodeMeant()
    {
        var run = _cli.Run("alarms", "--dyad", "USA", "TRK");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown actor code 'TRK'", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean TUR (Turkey)", run.Error, StringComparison.Ordinal);
    }
}
