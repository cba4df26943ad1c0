using Microsoft.AspNetCore.Http;

namespace Fulcrum.Web.Api;

/// <summary>
/// Paging of a list: <c>offset</c> and <c>limit</c> (default 100, at most 1,000). The body stays
/// the CLI's contract record with its list cut to the page; the total is the <c>X-Total-Count</c>
/// header and the next page a <c>Link: …; rel="next"</c> header (RFC 8288), so that a client reads
/// the same record either way.
/// </summary>
internal readonly record struct Paging(int Offset, int Limit)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static Paging From(QueryArgs args) =>
        new((int)(args.Integer("offset", 0, int.MaxValue) ?? 0), (int)(args.Integer("limit", 1, MaxLimit) ?? DefaultLimit));

    public IReadOnlyList<T> Page<T>(IReadOnlyList<T> all, HttpContext context)
    {
        context.Response.Headers["X-Total-Count"] = all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Offset + Limit < all.Count)
        {
            var query = System.Web.HttpUtility.ParseQueryString(context.Request.QueryString.Value ?? "");
            query["offset"] = (Offset + Limit).ToString(System.Globalization.CultureInfo.InvariantCulture);
            query["limit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers.Link = $"<{context.Request.Path}?{query}>; rel=\"next\"";
        }
        return [.. all.Skip(Offset).Take(Limit)];
    }
}
