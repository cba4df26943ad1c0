using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Fulcrum.Store.ClickHouse.Internal;

/// <summary>
/// One ClickHouse server's HTTP interface: statements as POST bodies, results as JSONEachRow (one
/// JSON object a line) or TabSeparated, bulk rows as a TabSeparated request body streamed from a
/// producer. Errors come back as <see cref="ChException"/> (the server's code and message) or
/// <see cref="ChUnreachableException"/> (no answer).
/// </summary>
internal sealed partial class ChServer(HttpClient http, Uri address, string user, string? password)
{
    public string Name { get; } = address.Authority;

    /// <summary>Runs a statement that returns nothing to read (DDL, ALTER, INSERT … SELECT).</summary>
    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken, string? settings = null)
    {
        using var response = await SendAsync(Url(null, settings), new StringContent(sql, Encoding.UTF8), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rows of a query as JSON objects (the query must not say FORMAT).</summary>
    public async Task<List<JsonElement>> QueryAsync(string sql, CancellationToken cancellationToken)
    {
        var rows = new List<JsonElement>();
        await foreach (var row in StreamAsync(sql, cancellationToken).ConfigureAwait(false)) rows.Add(row);
        return rows;
    }

    /// <summary>The rows of a query as JSON objects, read as they arrive.</summary>
    public async IAsyncEnumerable<JsonElement> StreamAsync(string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Url(null, "output_format_json_quote_64bit_integers=0"),
            new StringContent(sql + "\nFORMAT JSONEachRow", Encoding.UTF8), cancellationToken, streamed: true).ConfigureAwait(false);
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0) continue;
            if (line.StartsWith("Code: ", StringComparison.Ordinal)) throw Error(line); // an error after the first rows
            using var doc = JsonDocument.Parse(line);
            yield return doc.RootElement.Clone();
        }
    }

    /// <summary>The rows of a query as TabSeparated fields (still escaped: see <see cref="Tsv.Unescape"/>), read as they arrive.</summary>
    public async IAsyncEnumerable<string[]> StreamTsvAsync(string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Url(null, null), new StringContent(sql + "\nFORMAT TabSeparated", Encoding.UTF8), cancellationToken, streamed: true).ConfigureAwait(false);
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.StartsWith("Code: ", StringComparison.Ordinal)) throw Error(line);
            yield return line.Split('\t');
        }
    }

    /// <summary>One value: the first column of the first row.</summary>
    public async Task<string> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Url(null, null), new StringContent(sql + "\nFORMAT TabSeparated", Encoding.UTF8), cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return Tsv.Unescape(text.Split('\n')[0].Split('\t')[0]);
    }

    public async Task<long> CountAsync(string sql, CancellationToken cancellationToken) =>
        long.Parse(await ScalarAsync(sql, cancellationToken).ConfigureAwait(false), NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>Inserts the TabSeparated rows of <paramref name="rows"/> into <paramref name="table"/>'s columns.</summary>
    public async Task InsertAsync(string table, HttpContent rows, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(Url($"INSERT INTO {table} FORMAT TabSeparated", null), rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the server answers its ping.</summary>
    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(address, "ping"), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private Uri Url(string? query, string? settings)
    {
        var url = new StringBuilder(address.ToString()).Append("?user=").Append(Uri.EscapeDataString(user));
        if (query is not null) url.Append("&query=").Append(Uri.EscapeDataString(query));
        if (settings is not null) url.Append('&').Append(settings);
        return new Uri(url.ToString());
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, HttpContent content, CancellationToken cancellationToken, bool streamed = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        if (password is not null) request.Headers.Add("X-ClickHouse-Key", password);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, streamed ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new ChUnreachableException(Name, e);
        }
        catch (IOException e)
        {
            throw new ChUnreachableException(Name, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChUnreachableException(Name, new TimeoutException("no answer in time", e));
        }
        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            string text;
            try
            {
                text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                throw new ChUnreachableException(Name, e);
            }
            throw Error(text);
        }
    }

    private ChException Error(string text)
    {
        var m = CodeRegex().Match(text);
        var message = MessageRegex().Match(text) is { Success: true } mm ? mm.Groups[1].Value : text.Trim();
        return new ChException(Name, m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0, message);
    }

    [GeneratedRegex(@"Code: (\d+)")]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"e\.displayText\(\) = (?:DB::Exception: )?(.*?)(?:, e\.what\(\) = .*)?$", RegexOptions.Singleline)]
    private static partial Regex MessageRegex();

    internal static MediaTypeHeaderValue TextType { get; } = new("text/tab-separated-values");
}
