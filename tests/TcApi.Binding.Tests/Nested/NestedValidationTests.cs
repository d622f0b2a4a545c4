using TcApi.Tests.Nested.V20250101;
using TcApi.Validation;

namespace TcApi.Binding.Tests.Nested;

/// <summary>Constraints and rules inside objects, lists of objects and recursive objects, each with its full JSON pointer.</summary>
public class NestedValidationTests
{
    [Fact]
    public void The_valid_request_is_valid() =>
        Assert.True(NestedRequests.Valid().Validate().IsValid);

    [Fact]
    public void A_constraint_deep_in_a_list_of_objects_names_its_full_path()
    {
        var request = NestedRequests.Valid(NestedRequests.Listener(), NestedRequests.Listener(NestedRequests.Target(), NestedRequests.Target() with { Port = 70000 }));

        var violation = Assert.Single(request.Validate().Violations);

        Assert.Equal("Target.Port.range", violation.RuleId);
        Assert.Equal("/Listeners/1/Targets/1/Port", violation.Path);
        Assert.Equal("Port must be between 1 and 65535 (was 70000)", violation.Message);
    }

    [Fact]
    public void A_rule_between_two_members_of_a_nested_object_names_both()
    {
        var request = NestedRequests.Valid(NestedRequests.Listener() with { Health = new HealthOptions { Interval = 10, Timeout = 10 } });

        var violation = Assert.Single(request.Validate().Violations);

        Assert.Equal("HealthOptions.TimeoutBelowInterval", violation.RuleId);
        Assert.Equal("/Listeners/0/Health/Timeout", violation.Path);
        Assert.Equal(["/Listeners/0/Health/Interval"], violation.RelatedPaths);
    }

    [Fact]
    public void At_least_one_of_holds_with_any_one_and_fails_with_none()
    {
        var none = NestedRequests.Valid() with { ProxyId = null };

        Assert.True((none with { Region = "ap-guangzhou" }).Validate().IsValid);
        var violation = Assert.Single(none.Validate().Violations);
        Assert.Equal(("CreateListeners.Where", "/Region", "MissingParameter"), (violation.RuleId, violation.Path, violation.ErrorCode));
        Assert.Equal("At least one of ProxyId, GroupId, Region must be set", violation.Message);
    }

    [Fact]
    public void Implies_with_two_conditions_applies_only_when_both_hold()
    {
        var slave = NestedRequests.Target() with { Role = "slave" };

        Assert.True(NestedRequests.Valid(NestedRequests.Listener(slave with { Ratio = null })).Validate().IsValid);
        Assert.True(NestedRequests.Valid(NestedRequests.Listener(slave with { Weight = null })).Validate().IsValid);
        var violation = Assert.Single(NestedRequests.Valid(NestedRequests.Listener(slave)).Validate().Violations);
        Assert.Equal(("Target.SlaveWithRatioHasNoWeight", "/Listeners/0/Targets/0/Weight"), (violation.RuleId, violation.Path));
        Assert.Equal(["/Listeners/0/Targets/0/Role", "/Listeners/0/Targets/0/Ratio"], violation.RelatedPaths);
    }

    [Theory]
    [InlineData("primary", false)]
    [InlineData("slave", true)]
    [InlineData("Master", false)]
    public void Allowed_values_are_checked_exactly(string role, bool valid)
    {
        var request = NestedRequests.Valid(NestedRequests.Listener(NestedRequests.Target() with { Role = role, Ratio = null }));

        Assert.Equal(valid, request.Validate().IsValid);
        if (!valid)
        {
            Assert.Equal($"Role must be one of master, slave (was {role})", Assert.Single(request.Validate().Violations).Message);
        }
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(1.4999, true)]
    [InlineData(1.5, false)]
    [InlineData(-0.1, false)]
    public void Float_ranges_keep_their_exclusive_bound(double ratio, bool valid) =>
        Assert.Equal(valid, NestedRequests.Valid(NestedRequests.Listener(NestedRequests.Target() with { Ratio = ratio })).Validate().IsValid);

    [Fact]
    public void Item_count_and_unique_items_apply_to_lists_inside_objects()
    {
        var request = NestedRequests.Valid(NestedRequests.Listener() with { Targets = [], Tags = ["a", "b", "a"] });

        var violations = request.Validate().Violations.Select(v => (v.RuleId, v.Path)).ToList();

        Assert.Equal([("Listener.Targets.count", "/Listeners/0/Targets"), ("Listener.Tags.unique", "/Listeners/0/Tags/2")], violations);
    }

    [Fact]
    public void Recursive_objects_validate_at_every_depth()
    {
        var tree = new Node { Name = "root", Children = [new Node { Name = "a", Children = [new Node { Name = "b", Depth = 12 }] }] };

        var violation = Assert.Single(new DescribeTreeRequest { Root = tree }.Validate().Violations);

        Assert.Equal("/Root/Children/0/Children/0/Depth", violation.Path);
    }

    [Fact]
    public void A_required_member_of_a_nested_object_set_to_null_is_missing()
    {
        var request = NestedRequests.Valid(NestedRequests.Listener(NestedRequests.Target() with { Address = null! }));

        var violation = Assert.Single(request.Validate().Violations);

        Assert.Equal(("Target.Address.required", "/Listeners/0/Targets/0/Address", "MissingParameter"), (violation.RuleId, violation.Path, violation.ErrorCode));
    }

    [Fact]
    public void A_valid_nested_request_validates_without_allocating()
    {
        var request = NestedRequests.Valid();
        request.Validate();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = request.Validate();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsValid);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void An_object_validates_on_its_own_with_paths_from_itself()
    {
        var violation = Assert.Single((NestedRequests.Target() with { Port = 0 }).Validate().Violations);

        Assert.Equal("/Port", violation.Path);
        Assert.Equal(RuleSeverity.Error, violation.Severity);
    }
}
