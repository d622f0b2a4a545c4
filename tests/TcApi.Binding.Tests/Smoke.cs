namespace TcApi.Binding.Tests;

public class Smoke
{
    [Fact]
    public void Compiles() => Assert.NotNull(typeof(TcApi.Gaap.V20180529.CreateTCPListenersRequest));
}
