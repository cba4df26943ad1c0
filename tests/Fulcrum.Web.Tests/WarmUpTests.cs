using System.Net;
using Fulcrum.App.Cases;
using Fulcrum.Events.Tests;
using Fulcrum.Scenario.BuiltIn;

namespace Fulcrum.Web.Tests;

/// <summary><c>serve</c>'s warm-up (the first view drawn once at start) never stands in the server's way.</summary>
public class WarmUpTests
{
    [Fact]
    public async Task WarmUp_ServerStoppedAtOnce_StopsCleanly()
    {
        var server = await ApiServer.StartAsync(with: o => o with { WarmUp = true });
        await server.DisposeAsync(); // while the warm-up may still be drawing: cancelled, no error
    }

    [Fact]
    public async Task WarmUp_OfACaseThatCannotBeDrawn_LeavesTheServerUpAndThePageToSayWhy()
    {
        using var temp = Fixture.Temp();
        var text = BuiltInCases.Text(BuiltInCases.Default)!;
        Assert.Contains("fast: builtin:gdelt-dyads", text, StringComparison.Ordinal);
        var file = temp.Write("case.fulcrum.yaml", text.Replace("fast: builtin:gdelt-dyads", "fast: no-such-series.csv", StringComparison.Ordinal));
        await using var server = await ApiServer.StartAsync(CaseRef.AtPath(file), with: o => o with { WarmUp = true });
        var balance = await server.Client.GetAsync("/api/balance");
        Assert.Equal(HttpStatusCode.BadRequest, balance.StatusCode);
        Assert.Contains("no-such-series.csv", await balance.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
