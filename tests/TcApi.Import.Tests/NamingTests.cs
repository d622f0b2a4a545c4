using TcApi.Import.Translation;

namespace TcApi.Import.Tests;

public class NamingTests
{
    [Theory]
    [InlineData("operator", "Holder", "Operator")]
    [InlineData("Key", "Key", "KeyValue")]
    [InlineData("Validate", "Holder", "ValidateValue")]
    [InlineData("ToString", "Holder", "ToStringValue")]
    [InlineData("Clone", "Holder", "CloneValue")]
    [InlineData("DNSStatus", "Holder", "DNSStatus")]
    public void Property_names(string wire, string type, string expected) =>
        Assert.Equal(expected, CSharpNaming.PropertyName(wire, type, new HashSet<string>()));

    [Fact]
    public void Names_that_collide_after_pascal_casing_are_numbered_in_order()
    {
        var taken = new HashSet<string>();

        Assert.Equal("Name", CSharpNaming.PropertyName("Name", "Holder", taken));
        Assert.Equal("NameValue", CSharpNaming.PropertyName("name", "Holder", taken));
        Assert.Equal("NameValue2", CSharpNaming.PropertyName("nAme".ToLowerInvariant(), "Holder", taken));
    }

    [Fact]
    public void A_data_object_named_like_a_generated_type_gets_Data()
    {
        var taken = CSharpNaming.GeneratedTypeNames("cvm", ["RunInstances"]);

        Assert.Equal("RunInstancesRequestData", CSharpNaming.TypeName("RunInstancesRequest", taken));
        Assert.Equal("CvmClientData", CSharpNaming.TypeName("CvmClient", taken));
        Assert.Equal("Task", CSharpNaming.TypeName("Task", taken));
    }

    [Theory]
    [InlineData("DescribeInstances", "Describe")]
    [InlineData("InquiryPriceRunInstances", "Inquiry")]
    [InlineData("CheckProxyCreate", "Check")]
    [InlineData("GetTaskResult", "Get")]
    [InlineData("Getaway", null)]
    [InlineData("CreateInstances", null)]
    [InlineData("Describe", null)]
    public void Only_actions_that_read_are_inferred_idempotent(string action, string? verb) =>
        Assert.Equal(verb, Idempotency.ReadOnlyVerb(action));
}
