using System.Text;

namespace TcApi.Cloud.Benchmarks.LargeAnswer;

/// <summary>
/// CVM DescribeInstances answered with <see cref="Count"/> instances: the published example's instance (from the vendored
/// API metadata, spec/tencent) repeated with distinct ids — about 1.8 KB per instance, 184 KB for 100.
/// </summary>
public static class CvmAnswer
{
    public const int Count = 100;

    private const string Instance = """
        {"RenewFlag":"NOTIFY_AND_MANUAL_RENEW","Uuid":"e85f1388-0422-410d-8e50-bef540e78c18","InstanceState":"RUNNING","DisableApiTermination":false,"LatestOperationErrorMsg":"","DefaultLoginPort":22,"LicenseType":"TencentCloud","DefaultLoginUser":"root","LatestOperationState":"SUCCESS","LoginSettings":{"KeyIds":["skey-b4vakk62"]},"IPv6Addresses":["2001:0db8:86a3:08d3:1319:8a2e:0370:7344"],"DedicatedClusterId":"","RestrictState":"PROTECTIVELY_ISOLATED","ExpiredTime":"2020-09-22T00:00:00+00:00","DisasterRecoverGroupId":"","Memory":1,"CreatedTime":"2020-09-22T00:00:00+00:00","CPU":1,"RdmaIpAddresses":[],"CamRoleName":"","PublicIpAddresses":["123.207.11.190"],"Tags":[{"Key":"myKey","Value":"myValue"}],"InstanceId":"ins-xlsyru2j","ImageId":"img-8toqc6s3","StopChargingMode":"NOT_APPLICABLE","InstanceChargeType":"POSTPAID_BY_HOUR","InstanceType":"S2.SMALL2","SystemDisk":{"DiskSize":50,"CdcId":"cdc-xxxxxxxx","DiskId":"disk-czsodtl1","DiskType":"CLOUD_SSD"},"Placement":{"HostId":"host-h3m57oik","ProjectId":1174660,"HostIds":[],"Zone":"ap-guangzhou-3"},"PrivateIpAddresses":["172.16.32.78"],"OsName":"CentOS 7.4 64bit","SecurityGroupIds":["sg-p1ezv4wz"],"InstanceName":"myInstance","DataDisks":[{"DeleteWithInstance":true,"Encrypt":true,"CdcId":"cdc-xxxxxxxx","DiskType":"CLOUD_SSD","ThroughputPerformance":0,"KmsKeyId":"b29c2f37-9f2d-11ef-8836-5254009ad364","DiskSize":50,"DiskId":"disk-bzsodtn1"}],"IsolatedSource":"NOTISOLATED","VirtualPrivateCloud":{"SubnetId":"subnet-mv4sn55k","AsVpcGateway":false,"Ipv6AddressCount":1,"VpcId":"vpc-m0cnatxj","PrivateIpAddresses":["172.16.3.59"]},"LatestOperationRequestId":"c7de1287-061d-4ace-8caf-6ad8e5a2f29a","InternetAccessible":{"PublicIpAssigned":true,"InternetChargeType":"TRAFFIC_POSTPAID_BY_HOUR","InternetMaxBandwidthOut":1},"HpcClusterId":"","LatestOperation":"ResetInstancesType"}
        """;

    public static readonly byte[] Bytes = Build(Count);

    /// <summary>
    /// The same answer with every value that names one instance distinct per instance — ids, uuid, name, addresses,
    /// times, disks, host, the last operation's request — as a real account's answer has them; what instances share
    /// in a real answer (zone, image, type, states, charge types, network, security group, key, tags) stays shared.
    /// </summary>
    public static readonly byte[] DistinctBytes = BuildDistinct(Count);

    public static byte[] Build(int count) =>
        Envelope(count, Enumerable.Range(0, count).Select(i => Instance.Replace("ins-xlsyru2j", $"ins-{i:x8}", StringComparison.Ordinal)));

    public static byte[] BuildDistinct(int count) =>
        Envelope(count, Enumerable.Range(0, count).Select(i => new StringBuilder(Instance)
            .Replace("ins-xlsyru2j", $"ins-{i:x8}")
            .Replace("e85f1388-0422-410d-8e50-bef540e78c18", $"e85f1388-0422-410d-8e50-{i:x12}")
            .Replace("myInstance", $"web-{i:D3}")
            .Replace("123.207.11.190", $"123.207.{i / 200}.{i % 200 + 10}")
            .Replace("172.16.32.78", $"172.16.32.{i % 250 + 2}")
            .Replace("172.16.3.59", $"172.16.3.{i % 250 + 2}")
            .Replace("2001:0db8:86a3:08d3:1319:8a2e:0370:7344", $"2001:0db8:86a3:08d3:1319:8a2e:0370:{i:x4}")
            .Replace("\"ExpiredTime\":\"2020-09-22T00:00:00+00:00\"", $"\"ExpiredTime\":\"2020-10-{i % 28 + 1:D2}T00:00:00+00:00\"")
            .Replace("\"CreatedTime\":\"2020-09-22T00:00:00+00:00\"", $"\"CreatedTime\":\"2020-09-{i % 28 + 1:D2}T{i % 24:D2}:{i % 60:D2}:13+00:00\"")
            .Replace("disk-czsodtl1", $"disk-c{i:x7}")
            .Replace("disk-bzsodtn1", $"disk-b{i:x7}")
            .Replace("host-h3m57oik", $"host-{i % 10:x8}")
            .Replace("c7de1287-061d-4ace-8caf-6ad8e5a2f29a", $"c7de1287-061d-4ace-8caf-{i:x12}")
            .ToString()));

    private static byte[] Envelope(int count, IEnumerable<string> instances) =>
        Encoding.UTF8.GetBytes("{\"Response\":{\"InstanceSet\":[" + string.Join(",", instances) + "],\"TotalCount\":" + count + ",\"RequestId\":\"d655191e-a39d-43d2-8349-8c3f2bf4b327\"}}");
}
