using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Fulcrum.App.Cases;
using Fulcrum.Core.Problems;

namespace Fulcrum.Web.Tests;

/// <summary>The page's policy and files, the request limits, the token's cookie, and the rule that only loopback is served without a token.</summary>
public partial class SecurityTests
{
    private const string Token = "a-long-enough-token";

    [Fact]
    public async Task Page_Served_ForbidsInlineScriptAndHasNone()
    {
        await using var server = await ApiServer.StartAsync();
        var response = await server.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        var scripts = ScriptTag().Matches(html);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, m => Assert.Matches("src=\"/assets/", m.Groups[1].Value));
        Assert.All(scripts, m => Assert.Equal("", m.Groups[2].Value.Trim()));
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
    }

    [Fact]
    public async Task Assets_EveryModuleImportedAndEchartsAreServedAsScript()
    {
        await using var server = await ApiServer.StartAsync();
        var main = await server.Client.GetStringAsync("/assets/js/main.js");
        var imports = new Queue<string>(Imports().Matches(main).Select(m => m.Groups[1].Value));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (imports.TryDequeue(out var path))
        {
            var url = path.StartsWith('/') ? path : "/assets/js/" + path.TrimStart('.', '/');
            if (!seen.Add(url)) continue;
            var response = await server.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType!.ToString());
            var text = await response.Content.ReadAsStringAsync();
            if (!url.Contains("/vendor/", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("innerHTML", text, StringComparison.Ordinal);
                Assert.DoesNotContain("insertAdjacentHTML", text, StringComparison.Ordinal);
                foreach (Match m in Imports().Matches(text)) imports.Enqueue(m.Groups[1].Value);
            }
        }
        Assert.Contains("/assets/vendor/echarts.esm.min.mjs", seen);
        Assert.True(seen.Count >= 8, string.Join(", ", seen));
        // The page asks for every module at once (the first view is not an import waterfall): the preloads are exactly the imports.
        var html = await server.Client.GetStringAsync("/");
        var preloaded = Preloads().Matches(html).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(seen.Order(StringComparer.Ordinal), preloaded.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("<link rel=\"modulepreload\" href=\"([^\"]+)\">")]
    private static partial Regex Preloads();

    [Fact]
    public async Task Assets_ETag_RevalidatesAndUnknownIsNotFound()
    {
        await using var server = await ApiServer.StartAsync();
        var first = await server.Client.GetAsync("/assets/app.css");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/assets/app.css");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await server.Client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/assets/../Fulcrum.Web.dll")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/assets/nothing.js")).StatusCode);
    }

    [Fact]
    public async Task Requests_NotGetTooLongOrWithABody_AreRefusedAsProblems()
    {
        await using var server = await ApiServer.StartAsync();
        var post = await server.Client.PostAsync("/api/examine", new StringContent("{}"));
        var longQuery = await server.Client.GetAsync("/api/examine?weights=" + new string('a', 5000));
        using var withBody = new HttpRequestMessage(HttpMethod.Get, "/api/case") { Content = new StringContent("x") };
        var body = await server.Client.SendAsync(withBody);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, longQuery.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, body.StatusCode);
        Assert.Equal("query", JsonNode.Parse(await longQuery.Content.ReadAsStringAsync())!["problems"]![0]!["subject"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_InTheQueryOnce_BecomesAnHttpOnlyStrictCookieAndLeavesTheAddress()
    {
        await using var server = await ApiServer.StartAsync(token: Token);
        var opened = await server.Client.GetAsync($"/?token={Token}&x=1#balance");
        var cookie = opened.Headers.GetValues("Set-Cookie").Single();
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/case/inputs");
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        var served = await server.Client.SendAsync(withCookie);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/?x=1", opened.Headers.Location!.ToString());
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith($"fulcrum_token={Token}", cookie, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Theory]
    [InlineData("/?token=wrong-token-value")]
    [InlineData("/")]
    [InlineData("/assets/js/main.js")]
    [InlineData("/api/updates")]
    public async Task Token_WrongOrMissing_NothingIsServed(string url)
    {
        await using var server = await ApiServer.StartAsync(token: Token);
        var response = await server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Token_WrongCookie_IsRefused()
    {
        await using var server = await ApiServer.StartAsync(token: Token);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/case");
        request.Headers.Add("Cookie", "fulcrum_token=a-long-enough-tokeX");

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", null, true)]
    [InlineData("http://localhost:0", null, true)]
    [InlineData("http://[::1]:5080", null, true)]
    [InlineData("http://127.8.9.10:5080", null, true)]
    [InlineData("http://0.0.0.0:5080", null, false)]
    [InlineData("http://*:5080", null, false)]
    [InlineData("http://+:5080", null, false)]
    [InlineData("http://[::]:5080", null, false)]
    [InlineData("http://192.168.1.4:5080", null, false)]
    [InlineData("http://example.com:5080", null, false)]
    [InlineData("http://0.0.0.0:5080", Token, true)]
    [InlineData("ftp://127.0.0.1:21", null, false)]
    [InlineData("http://0.0.0.0:5080", "short", false)]
    public void Options_BeyondLoopback_NeedAToken(string url, string? token, bool accepted)
    {
        var options = new FulcrumWebOptions(CaseRef.Default, null) { Urls = [url], Token = token };
        var problems = options.Check();

        Assert.Equal(accepted, problems.Count == 0);
        Assert.All(problems, p => Assert.Contains(p.Subject, new[] { FulcrumWebOptions.UrlsSubject, FulcrumWebOptions.TokenSubject }));
        if (!accepted) Assert.Throws<InputException>(() => FulcrumWeb.Build(new App.FulcrumServices(new Store.DuckDb.DuckDbEventStoreFactory(ApiServer.Time), ApiServer.Time), options));
    }

    [GeneratedRegex("<script([^>]*)>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    /// <summary>A static import's module (<c>import … from '…'</c>) or a dynamic one's (<c>import('…')</c>).</summary>
    [GeneratedRegex(@"(?:^import\s[^;]*?|\bimport\()['""]([^'""]+)['""]", RegexOptions.Multiline)]
    private static partial Regex Imports();
}
