using Newtonsoft.Json;

namespace TcApi.Cloud.Benchmarks.LargeAnswer;

#pragma warning disable SA1402, CA1819 // Models of the official SDK's shape, one file: arrays as it declares them.

public sealed class SdkEnvelope<T>
{
    [JsonProperty("Response")] public T? Response { get; set; }
}

public sealed class SdkErrorOnly
{
    [JsonProperty("Error")] public SdkError? Error { get; set; }
    [JsonProperty("RequestId")] public string? RequestId { get; set; }
}

public sealed class SdkError
{
    [JsonProperty("Code")] public string? Code { get; set; }
    [JsonProperty("Message")] public string? Message { get; set; }
}

public sealed class SdkDescribeInstancesRequest
{
    [JsonProperty("InstanceIds")] public string[]? InstanceIds { get; set; }
    [JsonProperty("Offset")] public long? Offset { get; set; }
    [JsonProperty("Limit")] public long? Limit { get; set; }
}

public sealed class SdkDescribeInstancesResponse
{
    [JsonProperty("TotalCount")] public long? TotalCount { get; set; }
    [JsonProperty("InstanceSet")] public SdkInstance[]? InstanceSet { get; set; }
    [JsonProperty("RequestId")] public string? RequestId { get; set; }
}

public sealed class SdkInstance
{
    [JsonProperty("Placement")] public SdkPlacement? Placement { get; set; }
    [JsonProperty("InstanceId")] public string? InstanceId { get; set; }
    [JsonProperty("InstanceType")] public string? InstanceType { get; set; }
    [JsonProperty("CPU")] public long? CPU { get; set; }
    [JsonProperty("Memory")] public long? Memory { get; set; }
    [JsonProperty("RestrictState")] public string? RestrictState { get; set; }
    [JsonProperty("InstanceName")] public string? InstanceName { get; set; }
    [JsonProperty("InstanceChargeType")] public string? InstanceChargeType { get; set; }
    [JsonProperty("SystemDisk")] public SdkSystemDisk? SystemDisk { get; set; }
    [JsonProperty("DataDisks")] public SdkDataDisk[]? DataDisks { get; set; }
    [JsonProperty("PrivateIpAddresses")] public string[]? PrivateIpAddresses { get; set; }
    [JsonProperty("PublicIpAddresses")] public string[]? PublicIpAddresses { get; set; }
    [JsonProperty("InternetAccessible")] public SdkInternetAccessible? InternetAccessible { get; set; }
    [JsonProperty("VirtualPrivateCloud")] public SdkVirtualPrivateCloud? VirtualPrivateCloud { get; set; }
    [JsonProperty("ImageId")] public string? ImageId { get; set; }
    [JsonProperty("RenewFlag")] public string? RenewFlag { get; set; }
    [JsonProperty("CreatedTime")] public string? CreatedTime { get; set; }
    [JsonProperty("ExpiredTime")] public string? ExpiredTime { get; set; }
    [JsonProperty("OsName")] public string? OsName { get; set; }
    [JsonProperty("SecurityGroupIds")] public string[]? SecurityGroupIds { get; set; }
    [JsonProperty("LoginSettings")] public SdkLoginSettings? LoginSettings { get; set; }
    [JsonProperty("InstanceState")] public string? InstanceState { get; set; }
    [JsonProperty("Tags")] public SdkTag[]? Tags { get; set; }
    [JsonProperty("StopChargingMode")] public string? StopChargingMode { get; set; }
    [JsonProperty("Uuid")] public string? Uuid { get; set; }
    [JsonProperty("LatestOperation")] public string? LatestOperation { get; set; }
    [JsonProperty("LatestOperationState")] public string? LatestOperationState { get; set; }
    [JsonProperty("LatestOperationRequestId")] public string? LatestOperationRequestId { get; set; }
    [JsonProperty("DisasterRecoverGroupId")] public string? DisasterRecoverGroupId { get; set; }
    [JsonProperty("IPv6Addresses")] public string[]? IPv6Addresses { get; set; }
    [JsonProperty("CamRoleName")] public string? CamRoleName { get; set; }
    [JsonProperty("HpcClusterId")] public string? HpcClusterId { get; set; }
    [JsonProperty("RdmaIpAddresses")] public string[]? RdmaIpAddresses { get; set; }
    [JsonProperty("DedicatedClusterId")] public string? DedicatedClusterId { get; set; }
    [JsonProperty("IsolatedSource")] public string? IsolatedSource { get; set; }
    [JsonProperty("LicenseType")] public string? LicenseType { get; set; }
    [JsonProperty("DisableApiTermination")] public bool? DisableApiTermination { get; set; }
    [JsonProperty("DefaultLoginUser")] public string? DefaultLoginUser { get; set; }
    [JsonProperty("DefaultLoginPort")] public long? DefaultLoginPort { get; set; }
    [JsonProperty("LatestOperationErrorMsg")] public string? LatestOperationErrorMsg { get; set; }
}

public sealed class SdkPlacement
{
    [JsonProperty("Zone")] public string? Zone { get; set; }
    [JsonProperty("ProjectId")] public long? ProjectId { get; set; }
    [JsonProperty("HostIds")] public string[]? HostIds { get; set; }
    [JsonProperty("HostId")] public string? HostId { get; set; }
}

public sealed class SdkSystemDisk
{
    [JsonProperty("DiskType")] public string? DiskType { get; set; }
    [JsonProperty("DiskId")] public string? DiskId { get; set; }
    [JsonProperty("DiskSize")] public long? DiskSize { get; set; }
    [JsonProperty("CdcId")] public string? CdcId { get; set; }
}

public sealed class SdkDataDisk
{
    [JsonProperty("DiskSize")] public long? DiskSize { get; set; }
    [JsonProperty("DiskType")] public string? DiskType { get; set; }
    [JsonProperty("DiskId")] public string? DiskId { get; set; }
    [JsonProperty("DeleteWithInstance")] public bool? DeleteWithInstance { get; set; }
    [JsonProperty("Encrypt")] public bool? Encrypt { get; set; }
    [JsonProperty("KmsKeyId")] public string? KmsKeyId { get; set; }
    [JsonProperty("ThroughputPerformance")] public long? ThroughputPerformance { get; set; }
    [JsonProperty("CdcId")] public string? CdcId { get; set; }
}

public sealed class SdkInternetAccessible
{
    [JsonProperty("InternetChargeType")] public string? InternetChargeType { get; set; }
    [JsonProperty("InternetMaxBandwidthOut")] public long? InternetMaxBandwidthOut { get; set; }
    [JsonProperty("PublicIpAssigned")] public bool? PublicIpAssigned { get; set; }
}

public sealed class SdkVirtualPrivateCloud
{
    [JsonProperty("VpcId")] public string? VpcId { get; set; }
    [JsonProperty("SubnetId")] public string? SubnetId { get; set; }
    [JsonProperty("AsVpcGateway")] public bool? AsVpcGateway { get; set; }
    [JsonProperty("PrivateIpAddresses")] public string[]? PrivateIpAddresses { get; set; }
    [JsonProperty("Ipv6AddressCount")] public ulong? Ipv6AddressCount { get; set; }
}

public sealed class SdkLoginSettings
{
    [JsonProperty("Password")] public string? Password { get; set; }
    [JsonProperty("KeyIds")] public string[]? KeyIds { get; set; }
    [JsonProperty("KeepImageLogin")] public string? KeepImageLogin { get; set; }
}

public sealed class SdkTag
{
    [JsonProperty("Key")] public string? Key { get; set; }
    [JsonProperty("Value")] public string? Value { get; set; }
}
