using System.Globalization;
using System.Text;
using Fulcrum.App.Cases;
using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;
using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.App.Tests.Examine;

/// <summary>
/// Missing is not zero: a series file that cannot be read is an error naming it (never the priors),
/// and data that stop before as_of make the signposts "no data since" the first day without them —
/// in the readings, the --json contract, the examination's degraded reasons and the journal's diff.
/// </summary>
public class NoDataTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.Zero));
    private static readonly FulcrumServices Services = new(new DuckDbEventStoreFactory(Clock), Clock);

    private static ExamineRequest Request(string? bound = null) =>
        new(new CaseScope(CaseRef.Default, null, null, bound is null ? null : [new SourceBinding(ShippedSeries.Name, bound)])) { Draws = 500, Sensitivity = false };

    [Theory]
    [InlineData("date,series,value\n2021-10-01,RUS-UKR,12\n2021-10-02,RUS-UKR,lots\n", 3, "value 'lots' of series 'RUS-UKR' is not a")]
    [InlineData("", 0, "the file is empty")]
    public async Task Examine_BoundFileUnreadable_IsAnErrorNamingIt(string text, int line, string message)
    {
        using var temp = Fixture.Temp();
        var path = temp.File("bad.csv");
        File.WriteAllText(path, text);

        var examined = await Services.Examine.ExamineAsync(Request(path));
        var signposts = await Services.Signposts.EvaluateAsync(Request(path).Scope);

        Assert.Null(examined.Value);
        var problem = Assert.Single(examined.Problems);
        Assert.Equal((path, line), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(examined.Problems, signposts.Problems);
    }

    [Fact]
    public async Task Examine_DataStopBeforeAsOf_NoDataSinceTheirFirstMissingDayEverywhere()
    {
        using var temp = Fixture.Temp();
        var early = WriteUntil(temp.File("until-november.csv"), new DateOnly(2021, 11, 30));
        var journal = temp.File("journal.duckdb");

        var before = (await Services.Journal.RecordAsync((await Services.Examine.ExamineAsync(Request())).ValueOrThrow(), journal)).ValueOrThrow();
        var examined = (await Services.Examine.ExamineAsync(Request(early))).ValueOrThrow();
        var after = (await Services.Journal.RecordAsync(examined, journal)).ValueOrThrow();

        var reading = examined.Signposts!.Readings.Single(r => r.Id == "rus_ukr_conflict");
        Assert.Equal((SignpostState.NoData, (DateOnly?)new DateOnly(2021, 12, 1)), (reading.State, reading.NoDataSince));
        var contract = ExamineContract.Of(examined);
        Assert.True(contract.Degraded);
        Assert.Contains(contract.DegradedReasons, r => r.Contains("rus_ukr_conflict", StringComparison.Ordinal) && r.Contains("no data since 2021-12-01", StringComparison.Ordinal));
        var json = SignpostsContract.Of((await Services.Signposts.EvaluateAsync(Request(early).Scope)).ValueOrThrow());
        Assert.Equal(new DateOnly(2021, 12, 1), json.Signposts.Single(s => s.Id == "rus_ukr_conflict").NoDataSince);
        Assert.Contains(after.Body!.Diff.Summary, s => s.StartsWith("signpost rus_ukr_conflict has no data since 2021-12-01 (", StringComparison.Ordinal));
        Assert.Contains(after.Body.Diff.Summary, s => s.StartsWith("signpost isr_usa_relation has no data since 2021-12-01 (", StringComparison.Ordinal));
        Assert.Equal(before.Id, after.Body.Diff.PreviousId);
    }

    /// <summary>The shipped scores up to <paramref name="last"/>, every day present.</summary>
    private static string WriteUntil(string path, DateOnly last)
    {
        var text = new StringBuilder("date,series,value\n");
        foreach (var s in ShippedSeries.Read().Series)
            for (var i = 0; i < s.Count && s.Dates[i] <= last; i++)
                text.Append(CultureInfo.InvariantCulture, $"{s.Dates[i]:yyyy-MM-dd},{s.Name},{s.Values[i].ToString("R", CultureInfo.InvariantCulture)}\n");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
