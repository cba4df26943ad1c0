namespace Fulcrum.UnVotes.Tests;

/// <summary>Fulcrum's actor codes against the country rows of the vote data (Data/countries.tsv).</summary>
public class CountryMappingTests
{
    private static readonly UnVoteData Data = UnVoteData.BuiltIn;

    /// <summary>The first roll call of <paramref name="year"/> on which the data records a vote by <paramref name="name"/>, and that vote.</summary>
    private static (int RollCall, string Vote) RawVote(string name, int year)
    {
        var raw = RawUnVotes.Votes.First(v => v.Country == name && RawUnVotes.RollCalls[v.Rcid].Year == year);
        return (Data.RollCalls.Select((r, i) => (r, i)).First(p => p.r.Id == raw.Rcid).i, raw.Vote);
    }

    private static string Text(Vote vote) => vote switch { Vote.Yes => "yes", Vote.No => "no", Vote.Abstain => "abstain", _ => "none" };

    [Theory]
    [InlineData("ISR", "Israel")]
    [InlineData("USA", "United States")]
    [InlineData("RUS", "Russia")]
    [InlineData("UKR", "Ukraine")]
    [InlineData("CHN", "China")]
    [InlineData("BLR", "Belarus")]
    [InlineData("ROM", "Romania")]
    [InlineData("TMP", "Timor-Leste")]
    [InlineData("SWZ", "Eswatini")]
    public void Country_Code_MapsToItsDataRow(string code, string name)
    {
        var country = Data.Country(code).ValueOrThrow();
        Assert.Contains(country.Members, m => m.DataName == name);
    }

    [Theory]
    [InlineData("RUS", "Russia", 1950)]   // the Soviet Union: Russia continues its seat
    [InlineData("RUS", "Russia", 2014)]
    [InlineData("UKR", "Ukraine", 1960)]  // the Ukrainian SSR, a founding member with its own vote
    [InlineData("DEU", "Federal Republic of Germany", 1980)]
    [InlineData("DEU", "Germany", 2000)]
    [InlineData("YEM", "Yemen Arab Republic", 1980)]
    [InlineData("YEM", "Yemen", 2000)]
    [InlineData("YUG", "Yugoslavia", 1980)]
    [InlineData("SRB", "Yugoslavia", 2010)]
    [InlineData("TWN", "Taiwan", 1960)]   // the Republic of China held the China seat until 1971
    [InlineData("CHN", "China", 1980)]
    public void VoteOf_CodeAndYear_IsTheVoteOfTheRightDataRow(string code, string name, int year)
    {
        var country = Data.Country(code).ValueOrThrow();
        var (rollCall, raw) = RawVote(name, year);
        Assert.Equal(raw, Text(Data.VoteOf(country, rollCall)));
    }

    [Theory]
    [InlineData("CHN", 1960)] // the People's Republic was not seated before October 1971
    [InlineData("YUG", 2010)] // the later votes are Serbia's
    [InlineData("SRB", 1980)] // and the earlier ones the SFRY's
    [InlineData("DDR", 1995)] // the GDR ended in 1990
    [InlineData("ISR", 1947)] // Israel joined in 1949
    public void VoteOf_CodeOutsideItsYears_IsNone(string code, int year)
    {
        var country = Data.Country(code).ValueOrThrow();
        Assert.All(Data.RollCalls.Select((r, i) => (r, i)).Where(p => p.r.Year == year), p => Assert.Equal(Vote.None, Data.VoteOf(country, p.i)));
    }

    [Theory]
    [InlineData("ROU", "ROM")]
    [InlineData("TLS", "TMP")]
    [InlineData("SUN", "RUS")]
    [InlineData("isr", "ISR")]
    public void Country_AliasOrCase_ResolvesToTheActorCode(string given, string code) =>
        Assert.Equal(code, Data.Country(given).ValueOrThrow().Code);

    [Fact]
    public void Country_UnknownCode_IsAProblemWithSuggestions()
    {
        var result = Data.Country("ISX", "--a");
        Assert.False(result.Ok);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("'ISX' is not a country", problem.Message, StringComparison.Ordinal);
        Assert.Contains("ISR", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltIn_AllRowsOfTheData_AreRead()
    {
        // un_votes.csv.gz has 870,109 votes on 6,203 roll calls (Data/SOURCE.md).
        var recorded = 0;
        for (var r = 0; r < Data.RollCalls.Count; r++)
            for (var row = 0; row < Data.RowNames.Count; row++)
                if (Data.VoteOf(r, row) != Vote.None) recorded++;
        Assert.Equal(6203, Data.RollCalls.Count);
        Assert.Equal(870_109, recorded);
        Assert.Equal(RawUnVotes.Votes.Count, recorded);
    }

    [Fact]
    public void IdealPoints_UsaAndRussiaSession74_AreTheFilesValues()
    {
        // voeten_IdealpointestimatesAll_Apr2020.csv: ccode 2 (USA) and 365 (RUS), session 74.
        var rows = RawUnVotes.Lines("voeten_IdealpointestimatesAll_Apr2020.csv.gz", System.Text.Encoding.Latin1).Skip(1)
            .Select(l => l.Split(',')).Where(f => f[2] == "74" && f[1] is "2" or "365")
            .ToDictionary(f => f[1], f => double.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rows["2"], Data.IdealPointsAll.Of(Data.Country("USA").ValueOrThrow(), 74));
        Assert.Equal(rows["365"], Data.IdealPointsAll.Of(Data.Country("RUS").ValueOrThrow(), 74));
    }
}
