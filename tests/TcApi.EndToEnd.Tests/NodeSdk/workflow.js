// The listener workflow through Tencent's official Node.js SDK, pointed at the TcApi emulator and nothing else changed.
// Usage: node workflow.js <host:port> <secretId> <secretKey>; prints one JSON object with what each call returned.
"use strict";
const tencentcloud = require("tencentcloud-sdk-nodejs");

async function main() {
  const [endpoint, secretId, secretKey] = process.argv.slice(2);
  const client = new tencentcloud.gaap.v20180529.Client({
    credential: { secretId, secretKey },
    region: "",
    profile: { httpProfile: { endpoint, protocol: "http://", reqTimeout: 10 } },
  });

  const result = {};
  const created = await client.CreateTCPListeners({
    ListenerName: "node", Ports: [80, 443], Scheduler: "rr", HealthCheck: 1, RealServerType: "IP",
    ProxyId: "link-bjkpdum1", DelayLoop: 20, ConnectTimeout: 10,
  });
  result.created = created.ListenerIds;
  const listed = await client.DescribeTCPListeners({ ProxyId: "link-bjkpdum1", Offset: 0, Limit: 1 });
  result.listed = { total: listed.TotalCount, first: listed.ListenerSet.map(l => l.ListenerId) };
  await client.ModifyTCPListenerAttribute({ ListenerId: created.ListenerIds[0], ProxyId: "link-bjkpdum1", ListenerName: "renamed", DelayLoop: 40 });
  const modified = await client.DescribeTCPListeners({ ListenerId: created.ListenerIds[0] });
  result.modified = { name: modified.ListenerSet[0].ListenerName, delayLoop: modified.ListenerSet[0].DelayLoop };
  const deleted = await client.DeleteListeners({ ListenerIds: created.ListenerIds, ProxyId: "link-bjkpdum1", Force: 0 });
  result.deleted = deleted.OperationSucceedListenerSet;
  const left = await client.DescribeTCPListeners({ ProxyId: "link-bjkpdum1" });
  result.left = left.TotalCount;
  const proxies = await client.DescribeProxies({});
  result.proxies = proxies.ProxySet.map(p => p.ProxyId);
  const groups = await client.DescribeProxyGroupList({ Offset: 0, Limit: 20, ProjectId: -1 });
  result.groups = groups.ProxyGroupList.map(g => g.GroupId);
  try {
    // The Node.js SDK checks nothing: the emulator answers the broken rule with the service's code.
    await client.CreateTCPListeners({ ListenerName: "x", Ports: [81], Scheduler: "rr", HealthCheck: 1, RealServerType: "IP", ProxyId: "link-bjkpdum1", DelayLoop: 20, ConnectTimeout: 20 });
    result.invalid = "accepted";
  } catch (e) {
    result.invalid = e.code;
  }

  process.stdout.write(JSON.stringify(result));
}

main().catch(e => {
  process.stderr.write(`${e.code || ""} ${e.message}\n`);
  process.exit(1);
});
