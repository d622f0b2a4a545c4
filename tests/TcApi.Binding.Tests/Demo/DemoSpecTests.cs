using System.Text;
using TcApi.Tests.Demo.V20240101;
using TcApi.Validation;

namespace TcApi.Binding.Tests.Demo;

/// <summary>The second spec, different in shape, generated and validated the same way as GAAP.</summary>
public class DemoSpecTests
{
    private static CreateVolumeRequest Valid() => new() { VolumeName = "data-1", SizeGb = 100, DiskType = DiskType.CloudSsd };

    private static IReadOnlyList<string> Ids(CreateVolumeRequest request) =>
        request.Validate().Violations.Select(v => v.RuleId).ToList();

    [Fact]
    public void Types_follow_the_declared_ranges()
    {
        Assert.Equal(typeof(int), typeof(CreateVolumeRequest).GetProperty(nameof(CreateVolumeRequest.SizeGb))!.PropertyType);
        Assert.Equal(typeof(long?), typeof(CreateVolumeRequest).GetProperty(nameof(CreateVolumeRequest.Throughput))!.PropertyType);
        Assert.Equal(typeof(long?), typeof(CreateVolumeRequest).GetProperty(nameof(CreateVolumeRequest.MinIops))!.PropertyType);
        Assert.Equal(typeof(IReadOnlyList<Priority>), typeof(DescribeVolumesRequest).GetProperty(nameof(DescribeVolumesRequest.Priorities))!.PropertyType);
    }

    [Theory]
    [InlineData("ab", true)]
    [InlineData("a", false)]
    public void Length_bounds(string name, bool valid) =>
        Assert.Equal(valid ? [] : ["CreateVolume.VolumeName.length"], Ids(Valid() with { VolumeName = name }));

    [Fact]
    public void Maximum_length_is_inclusive()
    {
        Assert.Empty(Ids(Valid() with { VolumeName = "a" + new string('b', 59) }));
        Assert.Equal(["CreateVolume.VolumeName.length"], Ids(Valid() with { VolumeName = "a" + new string('b', 60) }));
    }

    [Fact]
    public void Pattern_is_anchored_and_its_message_shows_the_value()
    {
        var violation = Assert.Single((Valid() with { VolumeName = "Data-1" }).Validate().Violations);

        Assert.Equal("CreateVolume.VolumeName.pattern", violation.RuleId);
        Assert.Equal("VolumeName must match ^[a-z][a-z0-9-]*$ (was 'Data-1')", violation.Message);
        Assert.Equal(["CreateVolume.VolumeName.pattern"], Ids(Valid() with { VolumeName = "data-1\n" }));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(16000, true)]
    [InlineData(0, false)]
    [InlineData(16001, false)]
    public void Exclusive_minimum_and_inclusive_maximum(int size, bool valid) =>
        Assert.Equal(valid ? [] : ["CreateVolume.SizeGb.range"], Ids(Valid() with { SizeGb = size }));

    [Fact]
    public void A_warning_does_not_make_the_request_invalid()
    {
        var result = (Valid() with { Throughput = -1 }).Validate();

        var violation = Assert.Single(result.Violations);
        Assert.Equal(RuleSeverity.Warning, violation.Severity);
        Assert.True(result.IsValid);
        (Valid() with { Throughput = -1 }).EnsureValid();
    }

    [Fact]
    public void List_item_count_item_length_and_uniqueness()
    {
        Assert.Empty(Ids(Valid() with { Tags = ["a", "b", "c", "d", "e"] }));
        Assert.Equal(["CreateVolume.Tags.count"], Ids(Valid() with { Tags = ["a", "b", "c", "d", "e", "f"] }));
        Assert.Equal(["CreateVolume.Tags.length"], Ids(Valid() with { Tags = [new string('x', 21)] }));
        var duplicate = Assert.Single((Valid() with { Tags = ["a", "b", "a"] }).Validate().Violations);
        Assert.Equal("CreateVolume.Tags.unique", duplicate.RuleId);
        Assert.Equal("CreateVolume.Tags repeats 'a'".Replace("CreateVolume.", string.Empty), duplicate.Message);
        Assert.Equal("/Tags/2", duplicate.Path);
    }

    [Fact]
    public void At_most_one_of()
    {
        Assert.Empty(Ids(Valid() with { SnapshotId = "s" }));
        Assert.Empty(Ids(Valid()));
        Assert.Equal(["CreateVolume.OneSource"], Ids(Valid() with { SnapshotId = "s", ImageId = "i" }));
    }

    [Fact]
    public void Dependent_required()
    {
        Assert.Equal(["CreateVolume.KeyNeedsEncrypt"], Ids(Valid() with { KmsKeyId = "k" }));
        Assert.Empty(Ids(Valid() with { KmsKeyId = "k", Encrypt = false }));
    }

    [Theory]
    [InlineData(5L, 5L, true)]
    [InlineData(5L, 6L, true)]
    [InlineData(6L, 5L, false)]
    [InlineData(6L, null, true)]
    public void Compare_less_or_equal_on_a_renamed_member(long min, long? max, bool valid)
    {
        var result = (Valid() with { MinIops = min, MaximumIops = max }).Validate();

        if (valid)
        {
            Assert.Empty(result.Violations);
        }
        else
        {
            var violation = Assert.Single(result.Violations);
            Assert.Equal("MinIops (6) must be <= MaxIops (5)", violation.Message);
            Assert.Equal(["/MaxIops"], violation.RelatedPaths);
        }
    }

    [Fact]
    public void Implies_with_in_and_absent()
    {
        Assert.Empty(Ids(Valid() with { Throughput = 10 }));
        var violation = Assert.Single((Valid() with { DiskType = DiskType.CloudPremium, Throughput = 10 }).Validate().Violations);
        Assert.Equal("Throughput is only for SSD disks (DiskType is CLOUD_PREMIUM)", violation.Message);
    }

    [Fact]
    public void Implies_with_equals_and_present_is_a_warning()
    {
        var violation = Assert.Single((Valid() with { Encrypt = true }).Validate().Violations);

        Assert.Equal("CreateVolume.EncryptNeedsKey", violation.RuleId);
        Assert.Equal(RuleSeverity.Warning, violation.Severity);
    }

    [Fact]
    public void Implies_with_integer_enum_and_not_equals()
    {
        Assert.Equal(["CreateVolume.UrgentIsSmall"], Ids(Valid() with { Priority = Priority.Urgent, SizeGb = 16000 }));
        Assert.Empty(Ids(Valid() with { Priority = Priority.High, SizeGb = 16000 }));
        Assert.Equal("An urgent volume cannot be 16000 GB", (Valid() with { Priority = Priority.Urgent, SizeGb = 16000 }).Validate().Violations[0].Message);
    }

    [Fact]
    public void Integer_enums_use_their_wire_values()
    {
        var request = new DescribeVolumesRequest { Priorities = [Priority.Low, Priority.Urgent], Limit = 20 };

        Assert.Equal("""{"Limit":20,"Priorities":[1,10]}""", Encoding.UTF8.GetString(request.ToJsonUtf8()));
        Assert.Equal(request, DescribeVolumesRequest.ReadFrom(request.ToJsonUtf8()));
        Assert.Equal(10, (int)Priority.Urgent);
    }

    [Fact]
    public void List_item_patterns_report_the_item_path()
    {
        var violation = Assert.Single(new DescribeVolumesRequest { VolumeIds = ["vol-12345678", "vol-x"] }.Validate().Violations);

        Assert.Equal("/VolumeIds/1", violation.Path);
        Assert.Equal("VolumeIds item 1 is not a volume id: vol-x", violation.Message);
    }

    [Fact]
    public void Undefined_integer_enum_items_are_reported()
    {
        var violation = Assert.Single(new DescribeVolumesRequest { Priorities = [(Priority)3] }.Validate().Violations);

        Assert.Equal("DescribeVolumes.Priorities.enum", violation.RuleId);
        Assert.Equal("/Priorities/0", violation.Path);
    }

    [Fact]
    public void Optional_and_string_numbers_in_responses()
    {
        var response = DescribeVolumesResponse.Read("""{"Response":{"TotalCount":"3","RequestId":"r"}}"""u8);

        Assert.Equal(3, response.TotalCount);
        Assert.Empty(response.VolumeIds);
    }

    [Fact]
    public void The_service_has_its_own_error_codes_and_exception()
    {
        var exception = Assert.Throws<DemoApiException>(() => CreateVolumeResponse.Read(
            """{"Response":{"Error":{"Code":"ResourceInsufficient.Disk","Message":"none"},"RequestId":"r"}}"""u8.ToArray()));

        Assert.Equal(DemoErrorCode.ResourceInsufficientDisk, exception.ErrorCode);
        Assert.Equal(["InvalidParameterValue", "ResourceNotFound"], DescribeVolumesRequest.DocumentedErrorCodes.Select(c => c.ToWireString()));
        Assert.True(CreateVolumeRequest.IsIdempotent);
        Assert.True(DescribeVolumesRequest.ActionInfo.RegionRequired);
        Assert.False(CreateVolumeRequest.ActionInfo.RegionRequired);
        Assert.Equal(10, CreateVolumeRequest.RateLimitPerSecond);
    }
}
