using Fulcrum.Core.Problems;
using Microsoft.AspNetCore.Http;

namespace Fulcrum.Web.Api;

/// <summary>
/// A failure of the machine (a full disk, a store locked by another process, a server down) is
/// said as such — 503 with "environment: …" — never as a bug or as bad input.
/// </summary>
internal sealed class EnvironmentFailures(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (EnvironmentFailureException e) when (!context.Response.HasStarted)
        {
            await Results.Problem(title: "environment: the server cannot do this now", detail: $"environment: {e.Message}",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context).ConfigureAwait(false);
        }
    }
}
