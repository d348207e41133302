using System.Text;
using LiveFunctions.Core.Callbacks.Delivery;

namespace LiveFunctions.Core.Tests.Callbacks.Delivery;

public sealed class SubscriberSignatureTests
{
    private const string Secret = "whsec-test-secret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"hello":"subscriber"}""");

    // printf '{"hello":"subscriber"}' | openssl dgst -sha256 -hmac 'whsec-test-secret' (python hmac agrees)
    private const string Vector = "sha256=7ed7de8fb518492df49401514258e9dd6550b1441b0bee27f287306275127cc0";

    [Fact]
    public void Compute_KnownSecretAndBody_GivesTheOpensslVector()
    {
        Assert.Equal(Vector, SubscriberSignature.Compute(Secret, Body));
    }

    [Fact]
    public void Verify_MatchingHeader_IsTrueIgnoringHexCase()
    {
        Assert.True(SubscriberSignature.Verify(Secret, Body, Vector));
        Assert.True(SubscriberSignature.Verify(Secret, Body, Vector.ToUpperInvariant()));
    }

    [Fact]
    public void Verify_OtherBodySecretOrMissingHeader_IsFalse()
    {
        Assert.False(SubscriberSignature.Verify(Secret, Encoding.UTF8.GetBytes("""{"hello":"subscriber" }"""), Vector));
        Assert.False(SubscriberSignature.Verify("another-secret", Body, Vector));
        Assert.False(SubscriberSignature.Verify(Secret, Body, Vector[7..]));
        Assert.False(SubscriberSignature.Verify(Secret, Body, null));
    }
}
