using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Fulcrum.Web.Api;

/// <summary>
/// With a token set, every request must carry <c>Authorization: Bearer TOKEN</c> (the OpenAPI
/// document included: it names the case's options); compared in constant time. Without one, the
/// server listens on loopback only by default.
/// </summary>
internal sealed class TokenGate(RequestDelegate next, FulcrumWebOptions options)
{
    private readonly byte[]? _token = options.Token is { } t ? Encoding.UTF8.GetBytes(t) : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (_token is null || Presented(context) is { } given && CryptographicOperations.FixedTimeEquals(given, _token))
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(title: "a token is needed", detail: "send the server's token as 'Authorization: Bearer TOKEN'",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context).ConfigureAwait(false);
    }

    private static byte[]? Presented(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()) : null;
    }
}
