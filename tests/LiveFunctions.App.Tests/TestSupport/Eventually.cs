namespace LiveFunctions.App.Tests.TestSupport;

/// <summary>Waits (briefly, in real time) for work that background services do after a ManualTimeProvider step.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, Action? step = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("Timed out waiting for: " + what);
            }

            step?.Invoke();
            await Task.Delay(10);
        }
    }
}
