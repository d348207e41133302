using System.Net;
using LiveFunctions.App.Hosting.Configuration;
using LiveFunctions.Core.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiveFunctions.EndToEnd.Tests.Support;

/// <summary>The fixture runs what it says: the real app, standalone, wired to this emulator and this Azurite.</summary>
[Collection(PackCollection.Name)]
public sealed class PackFixtureTests(PackFixture pack)
{
    [Fact]
    public async Task App_RealProgramStandalone_AnswersTheReadinessProbe()
    {
        using var response = await pack.App.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("LiveFunctions", await response.Content.ReadAsStringAsync());
        Assert.True(pack.App.Services.GetRequiredService<FunctionsHostingMode>().Standalone);
        Assert.Equal(new Uri(pack.Settings["urls"]!).Port, pack.App.BaseAddress.Port);
    }

    [Fact]
    public void App_Settings_PointAtTheEmulatorAndAzurite()
    {
        var options = pack.App.Services.GetRequiredService<IOptions<AlibabaOptions>>().Value;
        var configuration = pack.App.Services.GetRequiredService<IConfiguration>();

        Assert.Equal(pack.Emulator.BaseAddress.ToString().TrimEnd('/'), options.LiveEndpoint);
        Assert.Equal(pack.Emulator.BaseAddress.ToString().TrimEnd('/'), options.IceEndpoint);
        Assert.Equal(pack.Azurite.ConnectionString, configuration["AzureWebJobsStorage"]);
    }

    [Fact]
    public async Task StartAppAsync_ChangedSetting_SecondInstanceWithIt()
    {
        await using var second = await pack.StartAppAsync(new Dictionary<string, string?> { ["Alibaba:Retry:MaxAttempts"] = "1" });

        using var response = await second.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(pack.App.BaseAddress, second.BaseAddress);
        Assert.Equal(1, second.Services.GetRequiredService<IOptions<AlibabaOptions>>().Value.Retry.MaxAttempts);
    }
}
