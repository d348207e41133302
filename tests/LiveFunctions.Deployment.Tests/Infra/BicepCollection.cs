namespace LiveFunctions.Deployment.Tests.Infra;

/// <summary>The tests that share one compilation and one set of deployment snapshots of infra/.</summary>
[CollectionDefinition(Name)]
public sealed class BicepCollection : ICollectionFixture<BicepCompilation>, ICollectionFixture<DeploymentSnapshots>
{
    public const string Name = "Bicep";
}
