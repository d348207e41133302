namespace LiveFunctions.Core.OpenApi;

/// <summary>The Alibaba Cloud products LiveFunctions calls.</summary>
public enum AlibabaProduct
{
    /// <summary>ApsaraVideo Live, OpenAPI version 2016-11-01.</summary>
    Live,

    /// <summary>Intelligent Media Services (ICE), OpenAPI version 2020-11-09.</summary>
    Ice,
}

/// <summary>Wire facts about each product.</summary>
public static class AlibabaProductInfo
{
    /// <summary>The OpenAPI version string sent with every call of the product.</summary>
    public static string Version(this AlibabaProduct product) => product switch
    {
        AlibabaProduct.Live => "2016-11-01",
        AlibabaProduct.Ice => "2020-11-09",
        _ => throw new ArgumentOutOfRangeException(nameof(product), product, "Unknown product."),
    };
}
