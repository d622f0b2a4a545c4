// CVM DescribeInstances and VPC DescribeVpcs through Tencent's official Node.js SDK, pointed at the TcApi local cloud
// (started with --service cvm --service vpc) and nothing else changed.
// Usage: node cloud.js <host:port> <secretId> <secretKey>; prints one JSON object with what each call returned.
"use strict";
const tencentcloud = require("tencentcloud-sdk-nodejs");

async function main() {
  const [endpoint, secretId, secretKey] = process.argv.slice(2);
  const config = {
    credential: { secretId, secretKey },
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint, protocol: "http://", reqTimeout: 10 } },
  };
  const cvm = new tencentcloud.cvm.v20170312.Client(config);
  const vpc = new tencentcloud.vpc.v20170312.Client(config);

  const result = {};
  const instances = await cvm.DescribeInstances({ Limit: 1, Offset: 0 });
  result.instances = { total: instances.TotalCount, ids: instances.InstanceSet.map(i => i.InstanceId) };
  const vpcs = await vpc.DescribeVpcs({ Limit: "20" });
  result.vpcs = vpcs.VpcSet.map(v => v.VpcId);
  try {
    // The Node.js SDK checks nothing: the local cloud answers an unknown member as the service does.
    await cvm.DescribeInstances({ Limit: 1, Colour: "blue" });
    result.unknown = "accepted";
  } catch (e) {
    result.unknown = e.code;
  }

  process.stdout.write(JSON.stringify(result));
}

main().catch(e => {
  process.stderr.write(`${e.code || ""} ${e.message}\n`);
  process.exit(1);
});
