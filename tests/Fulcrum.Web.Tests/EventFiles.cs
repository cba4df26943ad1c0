using System.Globalization;
using System.IO.Compression;
using System.Text;
using Fulcrum.Events.Tests;

namespace Fulcrum.Web.Tests;

/// <summary>
/// Event files the web tests make from real rows: the ISR, USA and RUS rows of the three real GDELT
/// 2.0 days (tests/Fulcrum.Events.Tests/Fixtures/gdelt2), laid day after day over a span (only the
/// IDs and dates change) so that a dyad has a series long enough for alarms, a surge of copies in
/// its last weeks (so a detector has something to find), and hostile rows: actor names and URLs
/// carrying script, <c>javascript:</c> links, quotes and right-to-left overrides.
/// </summary>
public static class EventFiles
{
    public static readonly DateOnly First = new(2020, 6, 1);

    /// <summary>Days per file; a file is one month-long GDELT 2.0 export.</summary>
    public const int DaysPerFile = 30;

    /// <summary>The day the hostile rows are dated.</summary>
    public static readonly DateOnly HostileDay = First.AddDays(3 * DaysPerFile - 2);

    /// <summary>Hostile actor names and URLs, each meant to run or render as markup if a page ever parsed data as HTML.</summary>
    public static readonly (string Actor1, string Actor2, string Url)[] Hostile =
    [
        ("<script>window.__pwned='actor1'</script>", "\"><img src=x onerror=\"window.__pwned='img'\">", "javascript:window.__pwned='link'"),
        ("O'Brien \"the\" <b>bold</b>", "\u202Emoc.elgoog\u202C RTL", "https://example.com/a?q=\"><script>window.__pwned='url'</script>"),
        ("JaVaScRiPt", "<svg onload=\"window.__pwned='svg'\">", " javascript:window.__pwned='spaced'"),
        ("data", "<iframe src=javascript:window.__pwned='frame'>", "data:text/html,<script>window.__pwned='data'</script>"),
    ];

    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "ISR", "USA", "RUS" };

    /// <summary>The real rows kept: both actors' countries among ISR, USA and RUS, by day of the three.</summary>
    public static IReadOnlyList<IReadOnlyList<string[]>> RealDays() =>
    [
        .. Fixture.Gdelt2Days.Select(name =>
        {
            using var gz = new GZipStream(File.OpenRead(Fixture.Path(name)), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            var rows = new List<string[]>();
            while (reader.ReadLine() is { Length: > 0 } line)
            {
                var f = line.Split('\t');
                if (Kept.Contains(f[7]) && Kept.Contains(f[17]) && f[7] != f[17]) rows.Add(f);
            }
            return (IReadOnlyList<string[]>)rows;
        }),
    ];

    /// <summary>
    /// Writes files <c>0.export.CSV</c> … into <paramref name="folder"/>, each of <see cref="DaysPerFile"/>
    /// days from <see cref="First"/>; the last <paramref name="surgeDays"/> days of the last file
    /// hold three copies of each row; the hostile rows go into file 2 (on <see cref="HostileDay"/>).
    /// </summary>
    public static IReadOnlyList<string> Write(string folder, int files, int surgeDays = 14)
    {
        Directory.CreateDirectory(folder);
        var days = RealDays();
        var paths = new List<string>();
        long id = 900_000_000;
        for (var file = 0; file < files; file++)
        {
            var path = Path.Combine(folder, $"{file}.export.CSV");
            var lines = new List<string>();
            for (var d = 0; d < DaysPerFile; d++)
            {
                var day = First.AddDays(file * DaysPerFile + d);
                var copies = file == files - 1 && d >= DaysPerFile - surgeDays ? 3 : 1;
                foreach (var real in days[(file * DaysPerFile + d) % days.Count])
                    for (var c = 0; c < copies; c++) lines.Add(Row(real, ++id, day));
                if (day == HostileDay)
                    foreach (var (a1, a2, url) in Hostile) lines.Add(HostileRow(days[0][0], ++id, day, a1, a2, url));
            }
            File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>An ISR–USA row with hostile actor names and URL, mentioned more than any real row (so it heads its period's events).</summary>
    private static string HostileRow(string[] template, long id, DateOnly day, string actor1, string actor2, string url)
    {
        var f = (string[])template.Clone();
        f[5] = "ISR"; f[7] = "ISR"; f[15] = "USA"; f[17] = "USA";
        f[6] = actor1; f[16] = actor2; f[60] = url;
        f[31] = "9999";
        return Row(f, id, day);
    }

    private static string Row(string[] real, long id, DateOnly day)
    {
        var f = (string[])real.Clone();
        f[0] = id.ToString(CultureInfo.InvariantCulture);
        f[1] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        f[2] = day.ToString("yyyyMM", CultureInfo.InvariantCulture);
        f[3] = day.Year.ToString(CultureInfo.InvariantCulture);
        f[4] = (day.Year + (day.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
        f[59] = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
        return string.Join('\t', f);
    }
}
