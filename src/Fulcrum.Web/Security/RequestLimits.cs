using Fulcrum.Web.Api;
using Microsoft.AspNetCore.Http;

namespace Fulcrum.Web.Security;

/// <summary>
/// Every view is a GET with a short query: a body, a query longer than <see cref="MaxQuery"/>
/// characters or a method other than GET and HEAD is refused before any work, with problem details
/// saying which limit. (Kestrel's own limits on request lines and headers apply beneath this.)
/// </summary>
internal sealed class RequestLimits(RequestDelegate next)
{
    public const int MaxQuery = 4096;
    public const long MaxBody = 0;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.Headers.Allow = "GET, HEAD";
            await ApiResults.Problems([Core.Problems.Problem.About("method", $"{request.Method} is not served", "every view is read with GET")],
                StatusCodes.Status405MethodNotAllowed).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        if (request.QueryString.Value?.Length > MaxQuery)
        {
            await ApiResults.Problems([Core.Problems.Problem.About("query", $"the query is {request.QueryString.Value.Length} characters, more than {MaxQuery}", "ask for less at once")],
                StatusCodes.Status414UriTooLong).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        if (request.ContentLength > MaxBody || request.Headers.TransferEncoding.Count > 0)
        {
            await ApiResults.Problems([Core.Problems.Problem.About("body", "the request has a body", "send GET requests without a body")],
                StatusCodes.Status413PayloadTooLarge).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        await next(context).ConfigureAwait(false);
    }
}
