using LiveFunctions.Emulator.Simulation.Snapshots;

namespace LiveFunctions.Emulator.Tests.Simulation.Snapshots;

public sealed class CallbackSignatureTests
{
    [Fact]
    public void Compute_DocumentedExampleInputs_GivesTheKnownDigest()
    {
        Assert.Equal("9e226fc2c250be266e3657e156f68c12", CallbackSignature.Compute("learn.aliyundoc.com", 1519375990, "yourkey"));
    }

    [Fact]
    public void Compute_AnyChangedInput_ChangesTheDigest()
    {
        var reference = CallbackSignature.Compute("learn.aliyundoc.com", 1519375990, "yourkey");

        Assert.NotEqual(reference, CallbackSignature.Compute("learn.aliyundoc.com", 1519375991, "yourkey"));
        Assert.NotEqual(reference, CallbackSignature.Compute("learn.aliyundoc.com:443", 1519375990, "yourkey"));
        Assert.NotEqual(reference, CallbackSignature.Compute("learn.aliyundoc.com", 1519375990, "otherkey"));
    }
}
