using TcApi.Emulator.Cloud;

namespace TcApi.Cloud.Tests;

/// <summary>
/// A length the documentation states in bytes (vpc CreateSubnet.SubnetName: <c>最大长度不能超过60个字节</c>, mined as a
/// <c>byteLength</c> constraint) is checked in UTF-8 bytes by the local cloud, as the service counts it: 20 Chinese
/// characters are 60 bytes, 21 are 63 — though either is far below 60 characters. Being documented, it refuses only
/// when documented constraints are enforced.
/// </summary>
public class ByteLengthRequestTests
{
    private static LocalCloud Cloud(bool documented)
    {
        var cloud = new LocalCloud(new LocalCloudOptions { EnforceDocumentedConstraints = documented });
        cloud.Service("vpc");
        return cloud;
    }

    private static string Subnet(int characters) =>
        "{\"VpcId\":\"vpc-12345678\",\"SubnetName\":\"" + new string('网', characters) + "\",\"CidrBlock\":\"10.0.0.0/24\",\"Zone\":\"ap-guangzhou-3\"}";

    [Fact]
    public async Task A_name_at_the_byte_limit_is_accepted()
    {
        await using var cloud = Cloud(documented: true);

        var (answer, _) = await SignedCall.SendAsync(cloud, "vpc", "2017-03-12", "CreateSubnet", Subnet(20));

        Assert.Null(SignedCall.ErrorCode(answer));
    }

    [Fact]
    public async Task A_name_one_character_over_in_bytes_is_refused_when_documented_constraints_are_enforced()
    {
        await using var strict = Cloud(documented: true);
        await using var lenient = Cloud(documented: false);

        var (refused, _) = await SignedCall.SendAsync(strict, "vpc", "2017-03-12", "CreateSubnet", Subnet(21));
        var (accepted, _) = await SignedCall.SendAsync(lenient, "vpc", "2017-03-12", "CreateSubnet", Subnet(21));

        Assert.Equal("InvalidParameterValue", SignedCall.ErrorCode(refused));
        Assert.Contains("UTF-8 bytes (63)", refused, StringComparison.Ordinal);
        Assert.Null(SignedCall.ErrorCode(accepted));
    }
}
