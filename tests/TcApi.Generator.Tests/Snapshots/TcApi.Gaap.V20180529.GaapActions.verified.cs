/// <summary>Every action of gaap 2018-05-29 in this binding, with its readers.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("TcApi.Generator", "0.1.0")]
public static class GaapActions
{
    /// <summary>The actions, in spec order.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<global::TcApi.Client.ApiActionDescriptor> All { get; } = new global::TcApi.Client.ApiActionDescriptor[]
    {
        new(global::TcApi.Gaap.V20180529.AddRealServersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.AddRealServersRequest), typeof(global::TcApi.Gaap.V20180529.AddRealServersResponse), global::TcApi.Gaap.V20180529.AddRealServersRequest.ReadFrom, global::TcApi.Gaap.V20180529.AddRealServersResponse.Read),
        new(global::TcApi.Gaap.V20180529.BanAndRecoverProxyRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.BanAndRecoverProxyRequest), typeof(global::TcApi.Gaap.V20180529.BanAndRecoverProxyResponse), global::TcApi.Gaap.V20180529.BanAndRecoverProxyRequest.ReadFrom, global::TcApi.Gaap.V20180529.BanAndRecoverProxyResponse.Read),
        new(global::TcApi.Gaap.V20180529.BindListenerRealServersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.BindListenerRealServersRequest), typeof(global::TcApi.Gaap.V20180529.BindListenerRealServersResponse), global::TcApi.Gaap.V20180529.BindListenerRealServersRequest.ReadFrom, global::TcApi.Gaap.V20180529.BindListenerRealServersResponse.Read),
        new(global::TcApi.Gaap.V20180529.BindRuleRealServersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.BindRuleRealServersRequest), typeof(global::TcApi.Gaap.V20180529.BindRuleRealServersResponse), global::TcApi.Gaap.V20180529.BindRuleRealServersRequest.ReadFrom, global::TcApi.Gaap.V20180529.BindRuleRealServersResponse.Read),
        new(global::TcApi.Gaap.V20180529.CheckProxyCreateRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CheckProxyCreateRequest), typeof(global::TcApi.Gaap.V20180529.CheckProxyCreateResponse), global::TcApi.Gaap.V20180529.CheckProxyCreateRequest.ReadFrom, global::TcApi.Gaap.V20180529.CheckProxyCreateResponse.Read),
        new(global::TcApi.Gaap.V20180529.CloseProxiesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CloseProxiesRequest), typeof(global::TcApi.Gaap.V20180529.CloseProxiesResponse), global::TcApi.Gaap.V20180529.CloseProxiesRequest.ReadFrom, global::TcApi.Gaap.V20180529.CloseProxiesResponse.Read),
        new(global::TcApi.Gaap.V20180529.CloseProxyGroupRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CloseProxyGroupRequest), typeof(global::TcApi.Gaap.V20180529.CloseProxyGroupResponse), global::TcApi.Gaap.V20180529.CloseProxyGroupRequest.ReadFrom, global::TcApi.Gaap.V20180529.CloseProxyGroupResponse.Read),
        new(global::TcApi.Gaap.V20180529.CloseSecurityPolicyRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CloseSecurityPolicyRequest), typeof(global::TcApi.Gaap.V20180529.CloseSecurityPolicyResponse), global::TcApi.Gaap.V20180529.CloseSecurityPolicyRequest.ReadFrom, global::TcApi.Gaap.V20180529.CloseSecurityPolicyResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateCertificateRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateCertificateRequest), typeof(global::TcApi.Gaap.V20180529.CreateCertificateResponse), global::TcApi.Gaap.V20180529.CreateCertificateRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateCertificateResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateCustomHeaderRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateCustomHeaderRequest), typeof(global::TcApi.Gaap.V20180529.CreateCustomHeaderResponse), global::TcApi.Gaap.V20180529.CreateCustomHeaderRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateCustomHeaderResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateDomainRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateDomainRequest), typeof(global::TcApi.Gaap.V20180529.CreateDomainResponse), global::TcApi.Gaap.V20180529.CreateDomainRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateDomainResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateDomainErrorPageInfoRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateDomainErrorPageInfoRequest), typeof(global::TcApi.Gaap.V20180529.CreateDomainErrorPageInfoResponse), global::TcApi.Gaap.V20180529.CreateDomainErrorPageInfoRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateDomainErrorPageInfoResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateGlobalDomainRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateGlobalDomainRequest), typeof(global::TcApi.Gaap.V20180529.CreateGlobalDomainResponse), global::TcApi.Gaap.V20180529.CreateGlobalDomainRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateGlobalDomainResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateGlobalDomainDnsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateGlobalDomainDnsRequest), typeof(global::TcApi.Gaap.V20180529.CreateGlobalDomainDnsResponse), global::TcApi.Gaap.V20180529.CreateGlobalDomainDnsRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateGlobalDomainDnsResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateHTTPListenerRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateHTTPListenerRequest), typeof(global::TcApi.Gaap.V20180529.CreateHTTPListenerResponse), global::TcApi.Gaap.V20180529.CreateHTTPListenerRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateHTTPListenerResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateHTTPSListenerRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateHTTPSListenerRequest), typeof(global::TcApi.Gaap.V20180529.CreateHTTPSListenerResponse), global::TcApi.Gaap.V20180529.CreateHTTPSListenerRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateHTTPSListenerResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateProxyRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateProxyRequest), typeof(global::TcApi.Gaap.V20180529.CreateProxyResponse), global::TcApi.Gaap.V20180529.CreateProxyRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateProxyResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateProxyGroupRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateProxyGroupRequest), typeof(global::TcApi.Gaap.V20180529.CreateProxyGroupResponse), global::TcApi.Gaap.V20180529.CreateProxyGroupRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateProxyGroupResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateProxyGroupDomainRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateProxyGroupDomainRequest), typeof(global::TcApi.Gaap.V20180529.CreateProxyGroupDomainResponse), global::TcApi.Gaap.V20180529.CreateProxyGroupDomainRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateProxyGroupDomainResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateRuleRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateRuleRequest), typeof(global::TcApi.Gaap.V20180529.CreateRuleResponse), global::TcApi.Gaap.V20180529.CreateRuleRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateRuleResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateSecurityPolicyRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateSecurityPolicyRequest), typeof(global::TcApi.Gaap.V20180529.CreateSecurityPolicyResponse), global::TcApi.Gaap.V20180529.CreateSecurityPolicyRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateSecurityPolicyResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateSecurityRulesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateSecurityRulesRequest), typeof(global::TcApi.Gaap.V20180529.CreateSecurityRulesResponse), global::TcApi.Gaap.V20180529.CreateSecurityRulesRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateSecurityRulesResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateTCPListenersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateTCPListenersRequest), typeof(global::TcApi.Gaap.V20180529.CreateTCPListenersResponse), global::TcApi.Gaap.V20180529.CreateTCPListenersRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateTCPListenersResponse.Read),
        new(global::TcApi.Gaap.V20180529.CreateUDPListenersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.CreateUDPListenersRequest), typeof(global::TcApi.Gaap.V20180529.CreateUDPListenersResponse), global::TcApi.Gaap.V20180529.CreateUDPListenersRequest.ReadFrom, global::TcApi.Gaap.V20180529.CreateUDPListenersResponse.Read),
        new(global::TcApi.Gaap.V20180529.DeleteCertificateRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DeleteCertificateRequest), typeof(global::TcApi.Gaap.V20180529.DeleteCertificateResponse), global::TcApi.Gaap.V20180529.DeleteCertificateRequest.ReadFrom, global::TcApi.Gaap.V20180529.DeleteCertificateResponse.Read),
        new(global::TcApi.Gaap.V20180529.DeleteDomainRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DeleteDomainRequest), typeof(global::TcApi.Gaap.V20180529.DeleteDomainResponse), global::TcApi.Gaap.V20180529.DeleteDomainRequest.ReadFrom, global::TcApi.Gaap.V20180529.DeleteDomainResponse.Read),
        new(global::TcApi.Gaap.V20180529.DeleteDomainErrorPageInfoRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DeleteDomainErrorPageInfoRequest), typeof(global::TcApi.Gaap.V20180529.DeleteDomainErrorPageInfoResponse), global::TcApi.Gaap.V20180529.DeleteDomainErrorPageInfoRequest.ReadFrom, global::TcApi.Gaap.V20180529.DeleteDomainErrorPageInfoResponse.Read),
        new(global::TcApi.Gaap.V20180529.DeleteGlobalDomainRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DeleteGlobalDomainRequest), typeof(global::TcApi.Gaap.V20180529.DeleteGlobalDomainResponse), global::TcApi.Gaap.V20180529.DeleteGlobalDomainRequest.ReadFrom, global::TcApi.Gaap.V20180529.DeleteGlobalDomainResponse.Read),
        new(global::TcApi.Gaap.V20180529.DeleteGlobalDomainDnsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DeleteGlobalDomainDnsRequest), typeof(global::TcApi.Gaap.V20180529.DeleteGlobalDomainDnsResponse), global::TcApi.Gaap.V20180529.DeleteGlobalDomainDnsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DeleteGlobalDomainDnsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DeleteListenersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DeleteListenersRequest), typeof(global::TcApi.Gaap.V20180529.DeleteListenersResponse), global::TcApi.Gaap.V20180529.DeleteListenersRequest.ReadFrom, global::TcApi.Gaap.V20180529.DeleteListenersResponse.Read),
        new(global::TcApi.Gaap.V20180529.DeleteProxyGroupRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DeleteProxyGroupRequest), typeof(global::TcApi.Gaap.V20180529.DeleteProxyGroupResponse), global::TcApi.Gaap.V20180529.DeleteProxyGroupRequest.ReadFrom, global::TcApi.Gaap.V20180529.DeleteProxyGroupResponse.Read),
        new(global::TcApi.Gaap.V20180529.DeleteRuleRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DeleteRuleRequest), typeof(global::TcApi.Gaap.V20180529.DeleteRuleResponse), global::TcApi.Gaap.V20180529.DeleteRuleRequest.ReadFrom, global::TcApi.Gaap.V20180529.DeleteRuleResponse.Read),
        new(global::TcApi.Gaap.V20180529.DeleteSecurityPolicyRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DeleteSecurityPolicyRequest), typeof(global::TcApi.Gaap.V20180529.DeleteSecurityPolicyResponse), global::TcApi.Gaap.V20180529.DeleteSecurityPolicyRequest.ReadFrom, global::TcApi.Gaap.V20180529.DeleteSecurityPolicyResponse.Read),
        new(global::TcApi.Gaap.V20180529.DeleteSecurityRulesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DeleteSecurityRulesRequest), typeof(global::TcApi.Gaap.V20180529.DeleteSecurityRulesResponse), global::TcApi.Gaap.V20180529.DeleteSecurityRulesRequest.ReadFrom, global::TcApi.Gaap.V20180529.DeleteSecurityRulesResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeAccessRegionsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeAccessRegionsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeAccessRegionsResponse), global::TcApi.Gaap.V20180529.DescribeAccessRegionsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeAccessRegionsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeAccessRegionsByDestRegionRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeAccessRegionsByDestRegionRequest), typeof(global::TcApi.Gaap.V20180529.DescribeAccessRegionsByDestRegionResponse), global::TcApi.Gaap.V20180529.DescribeAccessRegionsByDestRegionRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeAccessRegionsByDestRegionResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeAuthSignatureRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeAuthSignatureRequest), typeof(global::TcApi.Gaap.V20180529.DescribeAuthSignatureResponse), global::TcApi.Gaap.V20180529.DescribeAuthSignatureRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeAuthSignatureResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeBlackHeaderRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeBlackHeaderRequest), typeof(global::TcApi.Gaap.V20180529.DescribeBlackHeaderResponse), global::TcApi.Gaap.V20180529.DescribeBlackHeaderRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeBlackHeaderResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeCertificateDetailRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeCertificateDetailRequest), typeof(global::TcApi.Gaap.V20180529.DescribeCertificateDetailResponse), global::TcApi.Gaap.V20180529.DescribeCertificateDetailRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeCertificateDetailResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeCertificatesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeCertificatesRequest), typeof(global::TcApi.Gaap.V20180529.DescribeCertificatesResponse), global::TcApi.Gaap.V20180529.DescribeCertificatesRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeCertificatesResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingRequest), typeof(global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingResponse), global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeCountryAreaMappingResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesRequest), typeof(global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesResponse), global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeCrossBorderProxiesResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeCustomHeaderRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeCustomHeaderRequest), typeof(global::TcApi.Gaap.V20180529.DescribeCustomHeaderResponse), global::TcApi.Gaap.V20180529.DescribeCustomHeaderRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeCustomHeaderResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeDestRegionsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeDestRegionsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeDestRegionsResponse), global::TcApi.Gaap.V20180529.DescribeDestRegionsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeDestRegionsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoRequest), typeof(global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoResponse), global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoByIdsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoByIdsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoByIdsResponse), global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoByIdsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeDomainErrorPageInfoByIdsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeGlobalDomainDnsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeGlobalDomainDnsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeGlobalDomainDnsResponse), global::TcApi.Gaap.V20180529.DescribeGlobalDomainDnsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeGlobalDomainDnsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeGlobalDomainsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeGlobalDomainsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeGlobalDomainsResponse), global::TcApi.Gaap.V20180529.DescribeGlobalDomainsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeGlobalDomainsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeGroupAndStatisticsProxyRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeGroupAndStatisticsProxyRequest), typeof(global::TcApi.Gaap.V20180529.DescribeGroupAndStatisticsProxyResponse), global::TcApi.Gaap.V20180529.DescribeGroupAndStatisticsProxyRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeGroupAndStatisticsProxyResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeGroupDomainConfigRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeGroupDomainConfigRequest), typeof(global::TcApi.Gaap.V20180529.DescribeGroupDomainConfigResponse), global::TcApi.Gaap.V20180529.DescribeGroupDomainConfigRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeGroupDomainConfigResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeHTTPListenersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeHTTPListenersRequest), typeof(global::TcApi.Gaap.V20180529.DescribeHTTPListenersResponse), global::TcApi.Gaap.V20180529.DescribeHTTPListenersRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeHTTPListenersResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeHTTPSListenersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeHTTPSListenersRequest), typeof(global::TcApi.Gaap.V20180529.DescribeHTTPSListenersResponse), global::TcApi.Gaap.V20180529.DescribeHTTPSListenersRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeHTTPSListenersResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeListenerRealServersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeListenerRealServersRequest), typeof(global::TcApi.Gaap.V20180529.DescribeListenerRealServersResponse), global::TcApi.Gaap.V20180529.DescribeListenerRealServersRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeListenerRealServersResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeListenerStatisticsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeListenerStatisticsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeListenerStatisticsResponse), global::TcApi.Gaap.V20180529.DescribeListenerStatisticsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeListenerStatisticsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeProxiesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeProxiesRequest), typeof(global::TcApi.Gaap.V20180529.DescribeProxiesResponse), global::TcApi.Gaap.V20180529.DescribeProxiesRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeProxiesResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeProxiesStatusRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeProxiesStatusRequest), typeof(global::TcApi.Gaap.V20180529.DescribeProxiesStatusResponse), global::TcApi.Gaap.V20180529.DescribeProxiesStatusRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeProxiesStatusResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeProxyAndStatisticsListenersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeProxyAndStatisticsListenersRequest), typeof(global::TcApi.Gaap.V20180529.DescribeProxyAndStatisticsListenersResponse), global::TcApi.Gaap.V20180529.DescribeProxyAndStatisticsListenersRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeProxyAndStatisticsListenersResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeProxyDetailRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeProxyDetailRequest), typeof(global::TcApi.Gaap.V20180529.DescribeProxyDetailResponse), global::TcApi.Gaap.V20180529.DescribeProxyDetailRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeProxyDetailResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeProxyGroupDetailsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeProxyGroupDetailsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeProxyGroupDetailsResponse), global::TcApi.Gaap.V20180529.DescribeProxyGroupDetailsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeProxyGroupDetailsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeProxyGroupListRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeProxyGroupListRequest), typeof(global::TcApi.Gaap.V20180529.DescribeProxyGroupListResponse), global::TcApi.Gaap.V20180529.DescribeProxyGroupListRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeProxyGroupListResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeProxyGroupStatisticsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeProxyGroupStatisticsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeProxyGroupStatisticsResponse), global::TcApi.Gaap.V20180529.DescribeProxyGroupStatisticsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeProxyGroupStatisticsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeProxyStatisticsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeProxyStatisticsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeProxyStatisticsResponse), global::TcApi.Gaap.V20180529.DescribeProxyStatisticsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeProxyStatisticsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeRealServerStatisticsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeRealServerStatisticsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeRealServerStatisticsResponse), global::TcApi.Gaap.V20180529.DescribeRealServerStatisticsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeRealServerStatisticsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeRealServersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeRealServersRequest), typeof(global::TcApi.Gaap.V20180529.DescribeRealServersResponse), global::TcApi.Gaap.V20180529.DescribeRealServersRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeRealServersResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeRealServersStatusRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeRealServersStatusRequest), typeof(global::TcApi.Gaap.V20180529.DescribeRealServersStatusResponse), global::TcApi.Gaap.V20180529.DescribeRealServersStatusRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeRealServersStatusResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeRegionAndPriceRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeRegionAndPriceRequest), typeof(global::TcApi.Gaap.V20180529.DescribeRegionAndPriceResponse), global::TcApi.Gaap.V20180529.DescribeRegionAndPriceRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeRegionAndPriceResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeResourcesByTagRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeResourcesByTagRequest), typeof(global::TcApi.Gaap.V20180529.DescribeResourcesByTagResponse), global::TcApi.Gaap.V20180529.DescribeResourcesByTagRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeResourcesByTagResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeRuleRealServersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeRuleRealServersRequest), typeof(global::TcApi.Gaap.V20180529.DescribeRuleRealServersResponse), global::TcApi.Gaap.V20180529.DescribeRuleRealServersRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeRuleRealServersResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeRulesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeRulesRequest), typeof(global::TcApi.Gaap.V20180529.DescribeRulesResponse), global::TcApi.Gaap.V20180529.DescribeRulesRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeRulesResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeRulesByRuleIdsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeRulesByRuleIdsRequest), typeof(global::TcApi.Gaap.V20180529.DescribeRulesByRuleIdsResponse), global::TcApi.Gaap.V20180529.DescribeRulesByRuleIdsRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeRulesByRuleIdsResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeSecurityPolicyDetailRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeSecurityPolicyDetailRequest), typeof(global::TcApi.Gaap.V20180529.DescribeSecurityPolicyDetailResponse), global::TcApi.Gaap.V20180529.DescribeSecurityPolicyDetailRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeSecurityPolicyDetailResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeSecurityRulesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeSecurityRulesRequest), typeof(global::TcApi.Gaap.V20180529.DescribeSecurityRulesResponse), global::TcApi.Gaap.V20180529.DescribeSecurityRulesRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeSecurityRulesResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeTCPListenersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeTCPListenersRequest), typeof(global::TcApi.Gaap.V20180529.DescribeTCPListenersResponse), global::TcApi.Gaap.V20180529.DescribeTCPListenersRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeTCPListenersResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeTaskStatusRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeTaskStatusRequest), typeof(global::TcApi.Gaap.V20180529.DescribeTaskStatusResponse), global::TcApi.Gaap.V20180529.DescribeTaskStatusRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeTaskStatusResponse.Read),
        new(global::TcApi.Gaap.V20180529.DescribeUDPListenersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DescribeUDPListenersRequest), typeof(global::TcApi.Gaap.V20180529.DescribeUDPListenersResponse), global::TcApi.Gaap.V20180529.DescribeUDPListenersRequest.ReadFrom, global::TcApi.Gaap.V20180529.DescribeUDPListenersResponse.Read),
        new(global::TcApi.Gaap.V20180529.DestroyProxiesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DestroyProxiesRequest), typeof(global::TcApi.Gaap.V20180529.DestroyProxiesResponse), global::TcApi.Gaap.V20180529.DestroyProxiesRequest.ReadFrom, global::TcApi.Gaap.V20180529.DestroyProxiesResponse.Read),
        new(global::TcApi.Gaap.V20180529.DisableGlobalDomainRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.DisableGlobalDomainRequest), typeof(global::TcApi.Gaap.V20180529.DisableGlobalDomainResponse), global::TcApi.Gaap.V20180529.DisableGlobalDomainRequest.ReadFrom, global::TcApi.Gaap.V20180529.DisableGlobalDomainResponse.Read),
        new(global::TcApi.Gaap.V20180529.EnableGlobalDomainRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.EnableGlobalDomainRequest), typeof(global::TcApi.Gaap.V20180529.EnableGlobalDomainResponse), global::TcApi.Gaap.V20180529.EnableGlobalDomainRequest.ReadFrom, global::TcApi.Gaap.V20180529.EnableGlobalDomainResponse.Read),
        new(global::TcApi.Gaap.V20180529.InquiryPriceCreateProxyRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.InquiryPriceCreateProxyRequest), typeof(global::TcApi.Gaap.V20180529.InquiryPriceCreateProxyResponse), global::TcApi.Gaap.V20180529.InquiryPriceCreateProxyRequest.ReadFrom, global::TcApi.Gaap.V20180529.InquiryPriceCreateProxyResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyCertificateRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyCertificateRequest), typeof(global::TcApi.Gaap.V20180529.ModifyCertificateResponse), global::TcApi.Gaap.V20180529.ModifyCertificateRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyCertificateResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyCertificateAttributesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyCertificateAttributesRequest), typeof(global::TcApi.Gaap.V20180529.ModifyCertificateAttributesResponse), global::TcApi.Gaap.V20180529.ModifyCertificateAttributesRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyCertificateAttributesResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyDomainRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyDomainRequest), typeof(global::TcApi.Gaap.V20180529.ModifyDomainResponse), global::TcApi.Gaap.V20180529.ModifyDomainRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyDomainResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyGlobalDomainAttributeRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyGlobalDomainAttributeRequest), typeof(global::TcApi.Gaap.V20180529.ModifyGlobalDomainAttributeResponse), global::TcApi.Gaap.V20180529.ModifyGlobalDomainAttributeRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyGlobalDomainAttributeResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyGlobalDomainDnsRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyGlobalDomainDnsRequest), typeof(global::TcApi.Gaap.V20180529.ModifyGlobalDomainDnsResponse), global::TcApi.Gaap.V20180529.ModifyGlobalDomainDnsRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyGlobalDomainDnsResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyGroupDomainConfigRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyGroupDomainConfigRequest), typeof(global::TcApi.Gaap.V20180529.ModifyGroupDomainConfigResponse), global::TcApi.Gaap.V20180529.ModifyGroupDomainConfigRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyGroupDomainConfigResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyHTTPListenerAttributeRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyHTTPListenerAttributeRequest), typeof(global::TcApi.Gaap.V20180529.ModifyHTTPListenerAttributeResponse), global::TcApi.Gaap.V20180529.ModifyHTTPListenerAttributeRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyHTTPListenerAttributeResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyHTTPSListenerAttributeRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyHTTPSListenerAttributeRequest), typeof(global::TcApi.Gaap.V20180529.ModifyHTTPSListenerAttributeResponse), global::TcApi.Gaap.V20180529.ModifyHTTPSListenerAttributeRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyHTTPSListenerAttributeResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyProxiesAttributeRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyProxiesAttributeRequest), typeof(global::TcApi.Gaap.V20180529.ModifyProxiesAttributeResponse), global::TcApi.Gaap.V20180529.ModifyProxiesAttributeRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyProxiesAttributeResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyProxiesProjectRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyProxiesProjectRequest), typeof(global::TcApi.Gaap.V20180529.ModifyProxiesProjectResponse), global::TcApi.Gaap.V20180529.ModifyProxiesProjectRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyProxiesProjectResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyProxyConfigurationRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyProxyConfigurationRequest), typeof(global::TcApi.Gaap.V20180529.ModifyProxyConfigurationResponse), global::TcApi.Gaap.V20180529.ModifyProxyConfigurationRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyProxyConfigurationResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyProxyGroupAttributeRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyProxyGroupAttributeRequest), typeof(global::TcApi.Gaap.V20180529.ModifyProxyGroupAttributeResponse), global::TcApi.Gaap.V20180529.ModifyProxyGroupAttributeRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyProxyGroupAttributeResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyRealServerNameRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyRealServerNameRequest), typeof(global::TcApi.Gaap.V20180529.ModifyRealServerNameResponse), global::TcApi.Gaap.V20180529.ModifyRealServerNameRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyRealServerNameResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyRuleAttributeRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyRuleAttributeRequest), typeof(global::TcApi.Gaap.V20180529.ModifyRuleAttributeResponse), global::TcApi.Gaap.V20180529.ModifyRuleAttributeRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyRuleAttributeResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifySecurityRuleRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifySecurityRuleRequest), typeof(global::TcApi.Gaap.V20180529.ModifySecurityRuleResponse), global::TcApi.Gaap.V20180529.ModifySecurityRuleRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifySecurityRuleResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyTCPListenerAttributeRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyTCPListenerAttributeRequest), typeof(global::TcApi.Gaap.V20180529.ModifyTCPListenerAttributeResponse), global::TcApi.Gaap.V20180529.ModifyTCPListenerAttributeRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyTCPListenerAttributeResponse.Read),
        new(global::TcApi.Gaap.V20180529.ModifyUDPListenerAttributeRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.ModifyUDPListenerAttributeRequest), typeof(global::TcApi.Gaap.V20180529.ModifyUDPListenerAttributeResponse), global::TcApi.Gaap.V20180529.ModifyUDPListenerAttributeRequest.ReadFrom, global::TcApi.Gaap.V20180529.ModifyUDPListenerAttributeResponse.Read),
        new(global::TcApi.Gaap.V20180529.OpenProxiesRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.OpenProxiesRequest), typeof(global::TcApi.Gaap.V20180529.OpenProxiesResponse), global::TcApi.Gaap.V20180529.OpenProxiesRequest.ReadFrom, global::TcApi.Gaap.V20180529.OpenProxiesResponse.Read),
        new(global::TcApi.Gaap.V20180529.OpenProxyGroupRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.OpenProxyGroupRequest), typeof(global::TcApi.Gaap.V20180529.OpenProxyGroupResponse), global::TcApi.Gaap.V20180529.OpenProxyGroupRequest.ReadFrom, global::TcApi.Gaap.V20180529.OpenProxyGroupResponse.Read),
        new(global::TcApi.Gaap.V20180529.OpenSecurityPolicyRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.OpenSecurityPolicyRequest), typeof(global::TcApi.Gaap.V20180529.OpenSecurityPolicyResponse), global::TcApi.Gaap.V20180529.OpenSecurityPolicyRequest.ReadFrom, global::TcApi.Gaap.V20180529.OpenSecurityPolicyResponse.Read),
        new(global::TcApi.Gaap.V20180529.RemoveRealServersRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.RemoveRealServersRequest), typeof(global::TcApi.Gaap.V20180529.RemoveRealServersResponse), global::TcApi.Gaap.V20180529.RemoveRealServersRequest.ReadFrom, global::TcApi.Gaap.V20180529.RemoveRealServersResponse.Read),
        new(global::TcApi.Gaap.V20180529.SetAuthenticationRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.SetAuthenticationRequest), typeof(global::TcApi.Gaap.V20180529.SetAuthenticationResponse), global::TcApi.Gaap.V20180529.SetAuthenticationRequest.ReadFrom, global::TcApi.Gaap.V20180529.SetAuthenticationResponse.Read),
        new(global::TcApi.Gaap.V20180529.SetTlsVersionRequest.ActionInfo, typeof(global::TcApi.Gaap.V20180529.SetTlsVersionRequest), typeof(global::TcApi.Gaap.V20180529.SetTlsVersionResponse), global::TcApi.Gaap.V20180529.SetTlsVersionRequest.ReadFrom, global::TcApi.Gaap.V20180529.SetTlsVersionResponse.Read),
    };

    /// <summary>The action called <paramref name="action"/> (ordinal comparison), or <see langword="null"/>.</summary>
    public static global::TcApi.Client.ApiActionDescriptor? Find(string? action)
    {
        switch (action)
        {
            case "AddRealServers":
                return All[0];
            case "BanAndRecoverProxy":
                return All[1];
            case "BindListenerRealServers":
                return All[2];
            case "BindRuleRealServers":
                return All[3];
            case "CheckProxyCreate":
                return All[4];
            case "CloseProxies":
                return All[5];
            case "CloseProxyGroup":
                return All[6];
            case "CloseSecurityPolicy":
                return All[7];
            case "CreateCertificate":
                return All[8];
            case "CreateCustomHeader":
                return All[9];
            case "CreateDomain":
                return All[10];
            case "CreateDomainErrorPageInfo":
                return All[11];
            case "CreateGlobalDomain":
                return All[12];
            case "CreateGlobalDomainDns":
                return All[13];
            case "CreateHTTPListener":
                return All[14];
            case "CreateHTTPSListener":
                return All[15];
            case "CreateProxy":
                return All[16];
            case "CreateProxyGroup":
                return All[17];
            case "CreateProxyGroupDomain":
                return All[18];
            case "CreateRule":
                return All[19];
            case "CreateSecurityPolicy":
                return All[20];
            case "CreateSecurityRules":
                return All[21];
            case "CreateTCPListeners":
                return All[22];
            case "CreateUDPListeners":
                return All[23];
            case "DeleteCertificate":
                return All[24];
            case "DeleteDomain":
                return All[25];
            case "DeleteDomainErrorPageInfo":
                return All[26];
            case "DeleteGlobalDomain":
                return All[27];
            case "DeleteGlobalDomainDns":
                return All[28];
            case "DeleteListeners":
                return All[29];
            case "DeleteProxyGroup":
                return All[30];
            case "DeleteRule":
                return All[31];
            case "DeleteSecurityPolicy":
                return All[32];
            case "DeleteSecurityRules":
                return All[33];
            case "DescribeAccessRegions":
                return All[34];
            case "DescribeAccessRegionsByDestRegion":
                return All[35];
            case "DescribeAuthSignature":
                return All[36];
            case "DescribeBlackHeader":
                return All[37];
            case "DescribeCertificateDetail":
                return All[38];
            case "DescribeCertificates":
                return All[39];
            case "DescribeCountryAreaMapping":
                return All[40];
            case "DescribeCrossBorderProxies":
                return All[41];
            case "DescribeCustomHeader":
                return All[42];
            case "DescribeDestRegions":
                return All[43];
            case "DescribeDomainErrorPageInfo":
                return All[44];
            case "DescribeDomainErrorPageInfoByIds":
                return All[45];
            case "DescribeGlobalDomainDns":
                return All[46];
            case "DescribeGlobalDomains":
                return All[47];
            case "DescribeGroupAndStatisticsProxy":
                return All[48];
            case "DescribeGroupDomainConfig":
                return All[49];
            case "DescribeHTTPListeners":
                return All[50];
            case "DescribeHTTPSListeners":
                return All[51];
            case "DescribeListenerRealServers":
                return All[52];
            case "DescribeListenerStatistics":
                return All[53];
            case "DescribeProxies":
                return All[54];
            case "DescribeProxiesStatus":
                return All[55];
            case "DescribeProxyAndStatisticsListeners":
                return All[56];
            case "DescribeProxyDetail":
                return All[57];
            case "DescribeProxyGroupDetails":
                return All[58];
            case "DescribeProxyGroupList":
                return All[59];
            case "DescribeProxyGroupStatistics":
                return All[60];
            case "DescribeProxyStatistics":
                return All[61];
            case "DescribeRealServerStatistics":
                return All[62];
            case "DescribeRealServers":
                return All[63];
            case "DescribeRealServersStatus":
                return All[64];
            case "DescribeRegionAndPrice":
                return All[65];
            case "DescribeResourcesByTag":
                return All[66];
            case "DescribeRuleRealServers":
                return All[67];
            case "DescribeRules":
                return All[68];
            case "DescribeRulesByRuleIds":
                return All[69];
            case "DescribeSecurityPolicyDetail":
                return All[70];
            case "DescribeSecurityRules":
                return All[71];
            case "DescribeTCPListeners":
                return All[72];
            case "DescribeTaskStatus":
                return All[73];
            case "DescribeUDPListeners":
                return All[74];
            case "DestroyProxies":
                return All[75];
            case "DisableGlobalDomain":
                return All[76];
            case "EnableGlobalDomain":
                return All[77];
            case "InquiryPriceCreateProxy":
                return All[78];
            case "ModifyCertificate":
                return All[79];
            case "ModifyCertificateAttributes":
                return All[80];
            case "ModifyDomain":
                return All[81];
            case "ModifyGlobalDomainAttribute":
                return All[82];
            case "ModifyGlobalDomainDns":
                return All[83];
            case "ModifyGroupDomainConfig":
                return All[84];
            case "ModifyHTTPListenerAttribute":
                return All[85];
            case "ModifyHTTPSListenerAttribute":
                return All[86];
            case "ModifyProxiesAttribute":
                return All[87];
            case "ModifyProxiesProject":
                return All[88];
            case "ModifyProxyConfiguration":
                return All[89];
            case "ModifyProxyGroupAttribute":
                return All[90];
            case "ModifyRealServerName":
                return All[91];
            case "ModifyRuleAttribute":
                return All[92];
            case "ModifySecurityRule":
                return All[93];
            case "ModifyTCPListenerAttribute":
                return All[94];
            case "ModifyUDPListenerAttribute":
                return All[95];
            case "OpenProxies":
                return All[96];
            case "OpenProxyGroup":
                return All[97];
            case "OpenSecurityPolicy":
                return All[98];
            case "RemoveRealServers":
                return All[99];
            case "SetAuthentication":
                return All[100];
            case "SetTlsVersion":
                return All[101];
            default:
                return null;
        }
    }
}
