using TcApi.Validation;

namespace TcApi.Binding.Tests.Gaap;

/// <summary>Allocation is counted, not timed: the count is deterministic for a given runtime.</summary>
public class AllocationTests
{
    [Fact]
    public void Validating_a_valid_request_allocates_nothing()
    {
        var request = GaapRequests.Valid() with { RealServerPorts = [443], HealthyThreshold = 2 };
        request.Validate();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = request.Validate();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(ValidationResult.Valid, result);
        Assert.Equal(0, allocated);
    }
}
