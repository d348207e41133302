using LiveFunctions.Core.Callbacks;
using LiveFunctions.Core.Callbacks.Delivery;
using LiveFunctions.Core.Callbacks.Intake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiveFunctions.Core.Tests.Callbacks;

public sealed class SnapshotCallbackOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSnapshotCallbacks();
        return services.BuildServiceProvider();
    }

    private static ValidateOptionsResult Validate(Action<SnapshotCallbackOptions> configure)
    {
        var options = new SnapshotCallbackOptions();
        configure(options);
        return new SnapshotCallbackOptionsValidator().Validate(null, options);
    }

    private static SnapshotSubscriberOptions Subscriber(string name = "crm") =>
        new() { Name = name, Url = new Uri("https://hooks.example.com/live"), Secret = "0123456789abcdef" };

    [Fact]
    public void AddSnapshotCallbacks_Settings_AreBoundFromTheSection()
    {
        using var provider = Build(new()
        {
            ["SnapshotCallbacks:AuthKey"] = "k1",
            ["SnapshotCallbacks:PreviousAuthKey"] = "k0",
            ["SnapshotCallbacks:PreviousAuthKeyValidUntil"] = "2026-04-01T00:00:00Z",
            ["SnapshotCallbacks:RequireAuthKey"] = "true",
            ["SnapshotCallbacks:CallbackHost"] = "callbacks.example.com",
            ["SnapshotCallbacks:AllowedClockSkew"] = "00:02:00",
            ["SnapshotCallbacks:MaxBodyBytes"] = "32768",
            ["SnapshotCallbacks:Subscribers:0:Name"] = "crm",
            ["SnapshotCallbacks:Subscribers:0:Url"] = "https://hooks.example.com/live",
            ["SnapshotCallbacks:Subscribers:0:Secret"] = "0123456789abcdef",
            ["SnapshotCallbacks:Subscribers:0:Timeout"] = "00:00:03",
            ["SnapshotCallbacks:Subscribers:1:Name"] = "archive",
            ["SnapshotCallbacks:Subscribers:1:Url"] = "http://127.0.0.1:9000/in",
            ["SnapshotCallbacks:Subscribers:1:Secret"] = "fedcba9876543210",
        });

        var options = provider.GetRequiredService<IOptions<SnapshotCallbackOptions>>().Value;

        Assert.Equal(("k1", "k0", true), (options.AuthKey, options.PreviousAuthKey, options.RequireAuthKey));
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), options.PreviousAuthKeyValidUntil);
        Assert.Equal("callbacks.example.com", options.CallbackHost);
        Assert.Equal(TimeSpan.FromMinutes(2), options.AllowedClockSkew);
        Assert.Equal(32768, options.MaxBodyBytes);
        Assert.Equal(["crm", "archive"], options.Subscribers.Select(s => s.Name));
        Assert.Equal(TimeSpan.FromSeconds(3), options.Subscribers[0].Timeout);
        Assert.Null(options.Subscribers[1].Timeout);
        Assert.NotNull(provider.GetRequiredService<SnapshotCallbackIntake>());
        Assert.NotNull(provider.GetRequiredService<SubscriberDelivery>());
    }

    [Fact]
    public void Defaults_WithNothingConfigured_AreValidAndDocumented()
    {
        var options = new SnapshotCallbackOptions();

        Assert.Equal(TimeSpan.FromMinutes(5), options.AllowedClockSkew);
        Assert.Equal(64 * 1024, options.MaxBodyBytes);
        Assert.False(options.RequireAuthKey);
        Assert.Equal(TimeSpan.FromSeconds(10), options.SubscriberTimeout);
        Assert.Equal(3, options.DeliveryAttempts);
        Assert.True(new SnapshotCallbackOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void StartupValidation_KeyRequiredButMissing_FailsNamingTheSettings()
    {
        using var provider = Build(new() { ["SnapshotCallbacks:RequireAuthKey"] = "true" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("SnapshotCallbacks:RequireAuthKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("SnapshotCallbacks:AuthKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartupValidation_NothingConfigured_Passes()
    {
        using var provider = Build([]);

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Null(provider.GetRequiredService<IOptions<SnapshotCallbackOptions>>().Value.AuthKey);
    }

    [Fact]
    public void Validate_PreviousKeyWithoutRotationEnd_Fails()
    {
        var result = Validate(o =>
        {
            o.AuthKey = "k1";
            o.PreviousAuthKey = "k0";
        });

        Assert.Contains(result.Failures!, f => f.Contains("PreviousAuthKeyValidUntil", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PreviousKeyWithoutCurrentKey_Fails()
    {
        var result = Validate(o =>
        {
            o.PreviousAuthKey = "k0";
            o.PreviousAuthKeyValidUntil = DateTimeOffset.UnixEpoch;
        });

        Assert.Contains(result.Failures!, f => f.Contains("PreviousAuthKey is set without", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(64 * 1024 + 1)]
    public void Validate_MaxBodyBytesOutOfRange_Fails(int value)
    {
        Assert.False(Validate(o => o.MaxBodyBytes = value).Succeeded);
    }

    [Fact]
    public void Validate_NonPositiveSkewOrBadCallbackHost_Fails()
    {
        Assert.False(Validate(o => o.AllowedClockSkew = TimeSpan.Zero).Succeeded);
        Assert.False(Validate(o => o.CallbackHost = "bad host").Succeeded);
    }

    [Fact]
    public void Validate_BadDeliverySettings_Fail()
    {
        Assert.False(Validate(o => o.DeliveryAttempts = 0).Succeeded);
        Assert.False(Validate(o => o.DeliveryMaxDelay = TimeSpan.FromMilliseconds(1)).Succeeded);
        Assert.False(Validate(o => o.SubscriberTimeout = TimeSpan.Zero).Succeeded);
    }

    [Fact]
    public void Validate_BadSubscribers_FailWithoutShowingSecrets()
    {
        var result = Validate(o =>
        {
            o.Subscribers.Add(Subscriber("crm"));
            o.Subscribers.Add(Subscriber("CRM"));
            o.Subscribers.Add(new SnapshotSubscriberOptions { Name = "bad/name", Url = new Uri("ftp://x"), Secret = "short-secret" });
            o.Subscribers.Add(Subscriber("slow"));
            o.Subscribers[3].Timeout = TimeSpan.FromHours(1);
        });

        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("SnapshotCallbacks:Subscribers:1:Name", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("SnapshotCallbacks:Subscribers:2:Name", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("SnapshotCallbacks:Subscribers:2:Url", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("SnapshotCallbacks:Subscribers:2:Secret", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("SnapshotCallbacks:Subscribers:3:Timeout", StringComparison.Ordinal));
        Assert.Equal(5, failures.Count);
        Assert.DoesNotContain(failures, f => f.Contains("short-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_Options_ShowsNoKeySecretOrUrlQuery()
    {
        var options = new SnapshotCallbackOptions { AuthKey = "current-secret-key", PreviousAuthKey = "old-secret-key" };
        options.Subscribers.Add(new SnapshotSubscriberOptions
        {
            Name = "crm",
            Url = new Uri("https://user:pw@hooks.example.com/live?token=url-token"),
            Secret = "subscriber-secret-value",
        });

        var text = options.ToString();

        Assert.DoesNotContain("current-secret-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("old-secret-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("subscriber-secret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("url-token", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw@", text, StringComparison.Ordinal);
        Assert.Contains("https://hooks.example.com/live", text, StringComparison.Ordinal);
        Assert.Contains("AuthKey = ***", text, StringComparison.Ordinal);
    }
}
