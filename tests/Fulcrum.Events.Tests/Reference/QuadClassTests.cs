using Fulcrum.Events.Reading.Internal;
using Fulcrum.Events.Reference;

namespace Fulcrum.Events.Tests.Reference;

public class QuadClassTests
{
    private static IEnumerable<EventRecord> RealRows() =>
        Fixture.Gdelt2Days.SelectMany(d => Fixture.ReadAll(Fixture.Path(d)).Records);

    [Fact]
    public void FromRootCode_OnEveryRealGdeltRow_EqualsTheRowsOwnQuadClass()
    {
        // The 9,354 real GDELT 2.0 rows of ../shared/data/gdelt/luka_* (Fixtures/gdelt2), all four classes present.
        var rows = RealRows().ToList();

        Assert.Equal(9354, rows.Count);
        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.QuadClass).Distinct().Order());
        Assert.All(rows, r => Assert.Equal(r.QuadClass, QuadClasses.FromRootCode(r.EventRootCode)));
    }

    [Fact]
    public void FromRootCode_TheOtherPublishedSplit_DisagreesWithTheRealRows()
    {
        // Some write-ups give 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.
        static int Alternative(int root) => root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        var rows = RealRows().ToList();

        var disagree = rows.Count(r => Alternative(int.Parse(r.EventRootCode!, System.Globalization.CultureInfo.InvariantCulture)) != r.QuadClass);

        Assert.True(disagree > 100, $"{disagree} rows disagree");
        Assert.Contains(rows, r => r.EventRootCode == "09" && r.QuadClass == 2);
        Assert.Contains(rows, r => r.EventRootCode == "14" && r.QuadClass == 3);
    }

    [Theory]
    [InlineData("01", 1)]
    [InlineData("05", 1)]
    [InlineData("06", 2)]
    [InlineData("09", 2)]
    [InlineData("10", 3)]
    [InlineData("14", 3)]
    [InlineData("15", 4)]
    [InlineData("20", 4)]
    public void FromRootCode_Boundaries_FollowGdelt(string root, int quad) =>
        Assert.Equal(quad, QuadClasses.FromRootCode(root));

    [Theory]
    [InlineData("00")]
    [InlineData("21")]
    [InlineData("1")]
    [InlineData("x1")]
    public void FromRootCode_NotARoot_IsNull(string root) => Assert.Null(QuadClasses.FromRootCode(root));

    [Fact]
    public void FractionDate_DerivedForIcews_EqualsGdeltsOwnOnTheRealRows()
    {
        // GDELT's FractionDate is YYYY + ((MM-1)*30 + DD)/365 to 4 decimals (e.g. 2020.8575 for 13 Nov 2020).
        Assert.All(RealRows(), r => Assert.Equal(r.FractionDate, IcewsRowParser.FractionDate(r.EventDate!.Value)));
    }
}
