using System.Security.Cryptography;
using System.Text;
using Fulcrum.Events.Store.Journal;

namespace Fulcrum.Store.DuckDb.Tests.Journal;

public class JournalChainTests
{
    private static readonly JournalDraft Draft = new(JournalKind.Outcome, new DateTimeOffset(2022, 2, 24, 3, 0, 0, TimeSpan.Zero), new DateOnly(2022, 2, 24), "israel-2022", "ab", "{}");

    [Fact]
    public void Hash_FirstRecord_IsTheSha256OfTheDocumentedCanonicalText()
    {
        var text = "fulcrum-journal-1\n1:1\n7:Outcome\n27:2022-02-24T03:00:00.000000Z\n10:2022-02-24\n11:israel-2022\n2:ab\n2:{}\n64:" + JournalChain.Genesis + "\n";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(expected, JournalChain.Hash(1, Draft, JournalChain.Genesis));
    }

    [Fact]
    public void Hash_FieldsThatConcatenateAlike_DiffersByLengthPrefix()
    {
        var a = Draft with { CaseId = "ab", CaseSha256 = "c" };
        var b = Draft with { CaseId = "a", CaseSha256 = "bc" };

        Assert.NotEqual(JournalChain.Hash(1, a, JournalChain.Genesis), JournalChain.Hash(1, b, JournalChain.Genesis));
    }

    [Fact]
    public void Verify_Reordered_IsBroken()
    {
        var one = JournalChain.Next(null, Draft);
        var two = JournalChain.Next(one, Draft with { Body = "{\"n\":2}" });

        Assert.True(JournalChain.Verify([one, two]).Intact);
        Assert.False(JournalChain.Verify([two, one]).Intact);
    }

    [Fact]
    public void Next_Time_IsKeptToTheMicrosecondInUtc()
    {
        var local = new DateTimeOffset(2022, 2, 24, 5, 0, 0, TimeSpan.FromHours(2)).AddTicks(17);

        var r = JournalChain.Next(null, Draft with { Time = local });

        Assert.Equal(new DateTimeOffset(2022, 2, 24, 3, 0, 0, TimeSpan.Zero).AddTicks(10), r.Time);
    }
}
