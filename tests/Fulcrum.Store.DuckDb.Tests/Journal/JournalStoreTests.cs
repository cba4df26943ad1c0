using Fulcrum.Events.Store.Journal;

namespace Fulcrum.Store.DuckDb.Tests.Journal;

public class JournalStoreTests
{
    private static JournalDraft Draft(string body, int day = 1) =>
        new(JournalKind.Examination, new DateTimeOffset(2022, 1, day, 9, 30, 0, TimeSpan.Zero).AddTicks(1234567), new DateOnly(2021, 11, day), "israel-2022", "abc", body);

    private static IJournal Journal(StoreFixture f) => f.Store;

    [Fact]
    public async Task Append_ThreeRecords_NumbersThemAndChainsEachToTheOneBefore()
    {
        using var f = new StoreFixture();
        var a = await Journal(f).AppendAsync(Draft("{\"n\":1}"));
        var b = await Journal(f).AppendAsync(Draft("{\"n\":2}", 2));
        var c = await Journal(f).AppendAsync(Draft("{\"n\":3}", 3));

        Assert.Equal([1L, 2L, 3L], new[] { a.Id, b.Id, c.Id });
        Assert.Equal(JournalChain.Genesis, a.PreviousHash);
        Assert.Equal(a.Hash, b.PreviousHash);
        Assert.Equal(b.Hash, c.PreviousHash);
        Assert.True(JournalChain.Verify(await Journal(f).JournalAsync(JournalQuery.All)).Intact);
    }

    [Fact]
    public async Task Journal_AfterReopening_ReadsBackExactlyWhatWasAppended()
    {
        using var f = new StoreFixture();
        var a = await Journal(f).AppendAsync(Draft("{\"p\":0.3587443946188341}"));
        f.Reopen(new DuckDbStoreOptions { ReadOnly = true });

        var read = Assert.Single(await Journal(f).JournalAsync(JournalQuery.All));

        Assert.Equal(a, read);
        Assert.Equal(a, await Journal(f).JournalRecordAsync(1));
        Assert.Null(await Journal(f).JournalRecordAsync(2));
    }

    [Fact]
    public async Task Verify_BodyEditedWithSql_ReportsThatRecord()
    {
        using var f = new StoreFixture();
        for (var i = 1; i <= 3; i++) await Journal(f).AppendAsync(Draft($"{{\"recommendation\":\"condemn_aid\",\"n\":{i}}}", i));

        f.Count("UPDATE journal SET body = replace(body, 'condemn_aid', 'neutral') WHERE journal_id = 2");
        var v = JournalChain.Verify(await Journal(f).JournalAsync(JournalQuery.All));

        Assert.False(v.Intact);
        Assert.Equal(2, v.FirstBad);
        Assert.Contains("changed after it was written", v.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_KindEditedWithSql_ReadBackAndReportedByTheChain()
    {
        using var f = new StoreFixture();
        for (var i = 1; i <= 3; i++) await Journal(f).AppendAsync(Draft($"{{\"n\":{i}}}", i));

        f.Count("UPDATE journal SET kind = 'Forecast' WHERE journal_id = 3");
        var records = await Journal(f).JournalAsync(JournalQuery.All);
        var v = JournalChain.Verify(records);

        Assert.Equal("Forecast", records[2].UnknownKind);
        Assert.Equal(3, v.FirstBad);
        Assert.Contains("has the kind 'Forecast'", v.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RecordDeletedWithSql_ReportsTheGap()
    {
        using var f = new StoreFixture();
        for (var i = 1; i <= 3; i++) await Journal(f).AppendAsync(Draft($"{{\"n\":{i}}}", i));

        f.Count("DELETE FROM journal WHERE journal_id = 2");
        var v = JournalChain.Verify(await Journal(f).JournalAsync(JournalQuery.All));

        Assert.False(v.Intact);
        Assert.Equal(3, v.FirstBad);
    }

    [Fact]
    public async Task Verify_HashRecomputedAfterAnEdit_BreaksAtTheNextRecord()
    {
        using var f = new StoreFixture();
        for (var i = 1; i <= 3; i++) await Journal(f).AppendAsync(Draft($"{{\"n\":{i}}}", i));
        var edited = (await Journal(f).JournalRecordAsync(2))! with { Body = "{\"n\":20}" };
        var rehashed = JournalChain.Hash(2, edited.Draft, edited.PreviousHash);

        f.Count($"UPDATE journal SET body = '{{\"n\":20}}', hash = '{rehashed}' WHERE journal_id = 2");
        var v = JournalChain.Verify(await Journal(f).JournalAsync(JournalQuery.All));

        Assert.Equal(3, v.FirstBad);
    }

    [Fact]
    public async Task Journal_Query_FiltersByKindCaseAndRecordedDate()
    {
        using var f = new StoreFixture();
        await Journal(f).AppendAsync(Draft("{}", 1));
        await Journal(f).AppendAsync(Draft("{}", 3) with { CaseId = "other" });
        await Journal(f).AppendAsync(Draft("{}", 4) with { Kind = JournalKind.Outcome });

        Assert.Equal([1L], (await Journal(f).JournalAsync(new JournalQuery(JournalKind.Examination, "israel-2022"))).Select(r => r.Id));
        Assert.Equal([2L, 3L], (await Journal(f).JournalAsync(new JournalQuery(Since: new DateOnly(2022, 1, 2)))).Select(r => r.Id));
        Assert.Equal([3L], (await Journal(f).JournalAsync(new JournalQuery(JournalKind.Outcome))).Select(r => r.Id));
    }

    [Fact]
    public async Task Open_StoreMadeBeforeTheJournal_GainsTheTableWhenOpenedForWriting()
    {
        using var f = new StoreFixture();
        f.Count("DROP TABLE journal");
        f.Reopen(new DuckDbStoreOptions { ReadOnly = true });
        Assert.Empty(await Journal(f).JournalAsync(JournalQuery.All));

        f.Reopen();
        var a = await Journal(f).AppendAsync(Draft("{}"));

        Assert.Equal(1, a.Id);
        Assert.Equal(1, f.Count("SELECT count(*) FROM journal"));
    }

    [Fact]
    public async Task Append_ReadOnlyStore_Throws()
    {
        using var f = new StoreFixture();
        f.Reopen(new DuckDbStoreOptions { ReadOnly = true });

        await Assert.ThrowsAsync<InvalidOperationException>(() => Journal(f).AppendAsync(Draft("{}")));
    }
}
