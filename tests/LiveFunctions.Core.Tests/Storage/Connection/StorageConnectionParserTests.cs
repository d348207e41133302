using Azure.Identity;
using LiveFunctions.Core.Storage;
using LiveFunctions.Core.Storage.Connection;
using Microsoft.Extensions.Configuration;

namespace LiveFunctions.Core.Tests.Storage.Connection;

public sealed class StorageConnectionParserTests
{
    private const string Key = "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0wMTIzNDU2Nzg5";

    private static StorageConnection Parse(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        return StorageConnectionParser.Parse(StorageOptions.FromConfiguration(configuration));
    }

    private static string ParseError(params (string Key, string Value)[] settings) =>
        Assert.Throws<InvalidOperationException>(() => Parse(settings)).Message;

    [Fact]
    public void Parse_UseDevelopmentStorage_UsesAzuriteDefaults()
    {
        var connection = Parse(("AzureWebJobsStorage", "UseDevelopmentStorage=true"));

        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", connection.BlobEndpoint!.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1", connection.QueueEndpoint!.AbsoluteUri);
        Assert.Equal("devstoreaccount1", connection.SharedKey!.AccountName);
        Assert.Null(connection.TokenCredential);
    }

    [Fact]
    public void Parse_AccountConnectionString_DerivesEndpointsFromProtocolAndSuffix()
    {
        var connection = Parse(("AzureWebJobsStorage", $"DefaultEndpointsProtocol=https;AccountName=livefn;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn"));

        Assert.Equal("https://livefn.blob.core.chinacloudapi.cn/", connection.BlobEndpoint!.AbsoluteUri);
        Assert.Equal("https://livefn.queue.core.chinacloudapi.cn/", connection.QueueEndpoint!.AbsoluteUri);
        Assert.Equal("livefn", connection.SharedKey!.AccountName);
    }

    [Fact]
    public void Parse_AccountConnectionStringWithoutSuffix_DefaultsToPublicCloudAndHttps()
    {
        var connection = Parse(("AzureWebJobsStorage", $"AccountName=livefn;AccountKey={Key}"));

        Assert.Equal("https://livefn.blob.core.windows.net/", connection.BlobEndpoint!.AbsoluteUri);
        Assert.Equal("https://livefn.queue.core.windows.net/", connection.QueueEndpoint!.AbsoluteUri);
    }

    [Fact]
    public void Parse_ExplicitEndpointsAsAzuritePrints_UsesThemAndKeysAreCaseInsensitive()
    {
        var connection = Parse(("AzureWebJobsStorage",
            $"defaultendpointsprotocol=http;accountname=devstoreaccount1;accountkey={Key};" +
            "BlobEndpoint=http://127.0.0.1:41234/devstoreaccount1;QueueEndpoint=http://127.0.0.1:41235/devstoreaccount1;"));

        Assert.Equal("http://127.0.0.1:41234/devstoreaccount1", connection.BlobEndpoint!.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:41235/devstoreaccount1", connection.QueueEndpoint!.AbsoluteUri);
    }

    [Fact]
    public void Parse_IdentityServiceUrisWithManagedIdentityClientId_UsesUserAssignedManagedIdentity()
    {
        var connection = Parse(
            ("AzureWebJobsStorage:blobServiceUri", "https://livefn.blob.core.windows.net"),
            ("AzureWebJobsStorage:queueServiceUri", "https://livefn.queue.core.windows.net"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-1111-2222-3333-444444444444"));

        Assert.IsType<ManagedIdentityCredential>(connection.TokenCredential);
        Assert.Equal("00000000-1111-2222-3333-444444444444", connection.ManagedIdentityClientId);
        Assert.Null(connection.SharedKey);
        Assert.Equal("https://livefn.blob.core.windows.net/", connection.BlobEndpoint!.AbsoluteUri);
        Assert.Equal("https://livefn.queue.core.windows.net/", connection.QueueEndpoint!.AbsoluteUri);
    }

    [Fact]
    public void Parse_IdentityAccountNameWithoutCredential_DerivesUrisAndUsesDefaultAzureCredential()
    {
        var connection = Parse(("AzureWebJobsStorage:accountName", "livefn"));

        Assert.IsType<DefaultAzureCredential>(connection.TokenCredential);
        Assert.Equal("https://livefn.blob.core.windows.net/", connection.BlobEndpoint!.AbsoluteUri);
        Assert.Equal("https://livefn.queue.core.windows.net/", connection.QueueEndpoint!.AbsoluteUri);
    }

    [Fact]
    public void Parse_ConnectionStringAndIdentitySettings_ConnectionStringWins()
    {
        var connection = Parse(
            ("AzureWebJobsStorage", "UseDevelopmentStorage=true"),
            ("AzureWebJobsStorage:accountName", "livefn"));

        Assert.NotNull(connection.SharedKey);
        Assert.Equal("http://127.0.0.1:10001/devstoreaccount1", connection.QueueEndpoint!.AbsoluteUri);
    }

    [Fact]
    public void Parse_OnlyBlobServiceUri_HasNoQueueEndpointAndSaysWhichSettingAddsIt()
    {
        var connection = Parse(("AzureWebJobsStorage:blobServiceUri", "https://livefn.blob.core.windows.net"));

        Assert.Null(connection.QueueEndpoint);
        var error = Assert.Throws<InvalidOperationException>(() => connection.RequireQueueEndpoint());
        Assert.Contains("AzureWebJobsStorage__queueServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NothingConfigured_ErrorNamesTheSettings()
    {
        var message = ParseError(("Unrelated", "x"));

        Assert.Contains("'AzureWebJobsStorage'", message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__blobServiceUri", message, StringComparison.Ordinal);
        Assert.Contains("UseDevelopmentStorage=true", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AccountKeyNotBase64_ErrorNamesSettingWithoutTheValue()
    {
        var message = ParseError(("AzureWebJobsStorage", "AccountName=livefn;AccountKey=not*base64*secret"));

        Assert.Contains("AzureWebJobsStorage", message, StringComparison.Ordinal);
        Assert.Contains("AccountKey", message, StringComparison.Ordinal);
        Assert.DoesNotContain("not*base64*secret", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PartWithoutEquals_ErrorDoesNotRepeatThePart()
    {
        var message = ParseError(("AzureWebJobsStorage", $"AccountName=livefn;{Key}"));

        Assert.Contains("part 2", message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AccountName=livefn")]
    [InlineData("UseDevelopmentStorage=false")]
    [InlineData("AccountName=livefn;SharedAccessSignature=sv=2025&sig=x")]
    [InlineData("DefaultEndpointsProtocol=ftp;AccountName=livefn;AccountKey=c2VjcmV0")]
    public void Parse_UnusableConnectionString_ThrowsNamingTheSetting(string connectionString)
    {
        Assert.Contains("AzureWebJobsStorage", ParseError(("AzureWebJobsStorage", connectionString)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("credential", "clientsecret", "AzureWebJobsStorage__credential")]
    [InlineData("blobServiceUri", "http://livefn.blob.core.windows.net", "AzureWebJobsStorage__blobServiceUri")]
    [InlineData("queueServiceUri", "not a uri", "AzureWebJobsStorage__queueServiceUri")]
    [InlineData("accountName", "Not_Valid", "AzureWebJobsStorage__accountName")]
    public void Parse_BadIdentitySetting_ErrorNamesIt(string key, string value, string expectedName)
    {
        var baseline = key == "accountName"
            ? ("AzureWebJobsStorage:queueServiceUri", "https://livefn.queue.core.windows.net")
            : ("AzureWebJobsStorage:accountName", "livefn");
        var message = ParseError(baseline, ($"AzureWebJobsStorage:{key}", value));

        Assert.Contains(expectedName, message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_AccountKeyConnection_NeverShowsTheKey()
    {
        var options = new StorageOptions { ConnectionString = $"AccountName=livefn;AccountKey={Key}" };
        var connection = StorageConnectionParser.Parse(options);

        Assert.DoesNotContain(Key, connection.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, connection.SharedKey!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("livefn", connection.ToString(), StringComparison.Ordinal);
    }
}
