using TcApi.Generator.Emit.Code;

namespace TcApi.Generator.Tests.Emit;

/// <summary>Every documented value gets a distinct C# name for its constant.</summary>
public class KnownValueNamesTests
{
    [Fact]
    public void Words_of_letters_and_digits_are_joined_with_their_first_letters_upper_cased() =>
        Assert.Equal(["Cn2", "IPv4", "ApGuangzhou", "ACCEPT", "CrossBorder", "HttpsProxy"],
            KnownValueNames.Of(["cn2", "IPv4", "ap-guangzhou", "ACCEPT", "CrossBorder", "https_proxy"], "Values"));

    [Fact]
    public void Digits_first_symbols_only_and_names_taken_already_still_get_names() =>
        Assert.Equal(["Value3306", "Value2", "Value3", "Accept", "Accept2", "Values2"],
            KnownValueNames.Of(["3306", "*", "-", "accept", "Accept", "values"], "Values"));

    [Fact]
    public void Names_of_members_inherited_from_object_get_a_suffix_instead_of_hiding_them() =>
        Assert.Equal(["EqualsValue", "ToStringValue", "GetHashCodeValue", "GetTypeValue", "ReferenceEqualsValue", "MemberwiseCloneValue", "FinalizeValue", "EqualsValue2", "Contains"],
            KnownValueNames.Of(["equals", "toString", "get_hash_code", "GetType", "referenceEquals", "memberwise clone", "finalize", "Equals", "contains"], "Values"));
}
