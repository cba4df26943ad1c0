using System.Text.Json;
using Fulcrum.App;
using Fulcrum.App.Contracts;
using Fulcrum.Core.Problems;
using Fulcrum.Web.Api;
using Fulcrum.Web.Dashboard;
using Fulcrum.Web.Live;
using Fulcrum.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Fulcrum.Web;

/// <summary>
/// Builds the web application: the dashboard at <c>/</c> (its files under <c>/assets/</c>), the API
/// under <c>/api</c> and its OpenAPI document at <c>/openapi/v1.json</c>; with a watch, the loop
/// runs inside and open pages hear of each entry it journals.
/// </summary>
public static class FulcrumWeb
{
    /// <summary>Kestrel's limits beneath <see cref="RequestLimits"/>: short request lines and headers, no bodies.</summary>
    public const int MaxRequestLine = 8 * 1024;
    public const int MaxHeaders = 32 * 1024;

    /// <param name="services">The App services, built by the composition root with its store engines and clock.</param>
    /// <param name="options">The case, store, addresses, token and watch; checked first (<see cref="FulcrumWebOptions.Check"/>).</param>
    /// <param name="configure">A last say over the host (tests put it on an in-memory server).</param>
    /// <exception cref="InputException">The options are refused: an address beyond this machine without a token, say.</exception>
    public static WebApplication Build(FulcrumServices services, FulcrumWebOptions options, Action<IWebHostBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Check() is { Count: > 0 } problems) throw new InputException(problems);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestLineSize = MaxRequestLine;
            k.Limits.MaxRequestHeadersTotalSize = MaxHeaders;
            k.Limits.MaxRequestBodySize = 1024;
        });
        builder.Services.Configure<JsonOptions>(json => CopyContractJson(json.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(services);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(services.Time);
        builder.Services.AddSingleton<JournalUpdates>();
        if (options.Watch is { } watch)
        {
            builder.Services.AddSingleton(watch);
            builder.Services.AddHostedService<WatchLoop>();
        }
        if (options.WarmUp) builder.Services.AddHostedService<FirstViewWarmUp>();
        configure?.Invoke(builder.WebHost);
        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestLimits>();
        app.UseMiddleware<TokenGate>();
        app.UseMiddleware<EnvironmentFailures>();
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        DashboardAssets.Map(app);
        return app;
    }

    /// <summary>The API writes exactly the CLI's JSON: the same naming, enums, numbers and encoding.</summary>
    private static void CopyContractJson(JsonSerializerOptions target)
    {
        var source = ContractJson.Options;
        target.PropertyNamingPolicy = source.PropertyNamingPolicy;
        target.WriteIndented = source.WriteIndented;
        target.NumberHandling = source.NumberHandling;
        target.Encoder = source.Encoder;
        foreach (var converter in source.Converters) target.Converters.Add(converter);
    }
}
