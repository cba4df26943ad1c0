using Fulcrum.Brief.Internal;

namespace Fulcrum.Brief.Tests;

public class HtmlTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>x</script>")]
    [InlineData("not a url")]
    public void Link_NotHttp_IsTextNotALink(string url)
    {
        var html = new Html().Link(url, "source").ToString();

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_HttpsWithQuotes_IsALinkWithTheAddressEncoded()
    {
        var html = new Html().Link("https://example.org/a?q=\"><script>", "source").ToString();

        Assert.StartsWith("<a rel=\"noreferrer\" href=\"https://example.org/a?q=%22%3E%3Cscript%3E\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_CellWithMarkup_IsEncoded()
    {
        var html = new Html().Table(["<h>"], [["<b>&"]]).ToString();

        Assert.Contains("<th>&lt;h&gt;</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;b&gt;&amp;</td>", html, StringComparison.Ordinal);
    }
}
