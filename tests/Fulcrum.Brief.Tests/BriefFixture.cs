using Fulcrum.App;
using Fulcrum.App.Brief;
using Fulcrum.App.Cases;
using Fulcrum.Store.DuckDb;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Brief.Tests;

/// <summary>Briefs of the built-in case on its shipped data, with a fixed clock and few draws (the page's shape, not the numbers, is under test).</summary>
internal static class BriefFixture
{
    public const int Draws = 1000;

    /// <summary>The option name a hostile case file gives: markup, quotes, an ampersand and a right-to-left override.</summary>
    public const string HostileName = "<script>alert(\"x\")</script> & 'Keep' \u202Eenil";

    public static FulcrumServices Services()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));
        return new FulcrumServices(new DuckDbEventStoreFactory(time), time);
    }

    public static BriefData Assemble(string caseText = "builtin:israel-2022", string? store = null)
    {
        var scope = new CaseScope(CaseRef.Parse(caseText), store is null ? null : new Fulcrum.App.Stores.StoreRef(store, true));
        var brief = Services().Brief.AssembleAsync(new BriefRequest(scope) { Draws = Draws }).GetAwaiter().GetResult();
        Assert.True(brief.Value is not null, string.Join("; ", brief.Problems.Select(p => p.Message)));
        return brief.Value!;
    }

    /// <summary>A copy of the built-in case whose first option carries <see cref="HostileName"/>.</summary>
    public static string HostileCase(string directory)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "israel-2022.fulcrum.yaml"));
        Assert.Contains("name: Keep the current line", text, StringComparison.Ordinal);
        var hostile = text.Replace("name: Keep the current line", $"name: '{HostileName.Replace("'", "''", StringComparison.Ordinal)}'", StringComparison.Ordinal);
        var path = Path.Combine(directory, "hostile.fulcrum.yaml");
        File.WriteAllText(path, hostile);
        return path;
    }
}
