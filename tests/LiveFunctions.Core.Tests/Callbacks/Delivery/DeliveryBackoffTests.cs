using LiveFunctions.Core.Callbacks.Delivery;

namespace LiveFunctions.Core.Tests.Callbacks.Delivery;

public sealed class DeliveryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 0.0, 1000)]
    [InlineData(3, 0.5, 3000)]
    [InlineData(4, 1.0, 8000)]
    [InlineData(5, 1.0, 10000)]
    [InlineData(40, 0.0, 5000)]
    public void Delay_FailedAttempts_DoublesWithinHalfToFullAndCaps(int failed, double random, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), DeliveryBackoff.Delay(failed, Base, Max, random, null));
    }

    [Fact]
    public void Delay_RetryAfterLongerThanBackoff_IsHonouredUpToTheMaximum()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), DeliveryBackoff.Delay(1, Base, Max, 0, TimeSpan.FromSeconds(7)));
        Assert.Equal(Max, DeliveryBackoff.Delay(1, Base, Max, 0, TimeSpan.FromMinutes(5)));
        Assert.Equal(TimeSpan.FromMilliseconds(500), DeliveryBackoff.Delay(1, Base, Max, 0, TimeSpan.FromMilliseconds(100)));
    }
}
