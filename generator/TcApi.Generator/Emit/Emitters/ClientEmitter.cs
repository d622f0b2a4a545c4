using TcApi.Generator.Emit.Code;
using TcApi.Generator.Emit.Docs;
using TcApi.Generator.Model;

namespace TcApi.Generator.Emit.Emitters;

/// <summary>
/// The service client: one async method per action over the runtime's <c>TencentCloudClient</c>. Its calls are virtual
/// and a protected constructor needs no transport, so a test double overrides only the calls it fakes (see
/// docs/test-doubles.md for why virtual methods and not an interface).
/// </summary>
internal static class ClientEmitter
{
    public static string Emit(ServiceHeader header, EquatableArray<ActionSummary> actions, string accessibility)
    {
        var type = header.ServiceTypeName + "Client";
        var ns = header.Namespace;
        var w = new SourceWriter();
        w.Line("/// <summary>");
        w.Line($"/// Calls {XmlDocText.Escape(header.ServiceTitle)} ({XmlDocText.Escape(header.Service)}, API version {XmlDocText.Escape(header.ApiVersion)}): validates each request, signs it with");
        w.Line("/// TC3-HMAC-SHA256, sends it, and reads the answer into a typed response or a typed exception.");
        w.Line("/// </summary>");
        w.Line("/// <remarks>");
        w.Line("/// Give it an <see cref=\"global::System.Net.Http.HttpClient\"/> (it works with IHttpClientFactory's typed clients) and a");
        w.Line("/// credential; <see cref=\"global::TcApi.Client.TencentCloudClientOptions\"/> sets the endpoint, region, timeout, retries and");
        w.Line("/// rate limiting. Thread-safe: share one instance. In a test, derive from it (the protected constructor needs no");
        w.Line("/// transport) and override the calls the code under test makes; paging, waiting and the parameterless overloads go");
        w.Line("/// through those overrides.");
        w.Line("/// </remarks>");
        w.Line(GeneratorInfo.GeneratedCodeAttribute);
        w.Open($"{accessibility} partial class {type}");
        w.Line("/// <summary>The service's default endpoint host.</summary>");
        w.Line($"public const string DefaultEndpoint = {CSharpLiteral.String(header.Endpoint)};");
        if (header.RegionalEndpoint is { } regional)
        {
            w.Line();
            w.Line("/// <summary>The service's regional endpoint host, with <c>{region}</c> for the region (e.g. <c>ap-guangzhou</c>).</summary>");
            w.Line($"public const string RegionalEndpoint = {CSharpLiteral.String(regional)};");
        }

        if (header.InternationalEndpoint is { } international)
        {
            w.Line();
            w.Line("/// <summary>The endpoint host of Tencent Cloud's international site.</summary>");
            w.Line($"public const string InternationalEndpoint = {CSharpLiteral.String(international)};");
        }

        w.Line();
        w.Line("private readonly global::TcApi.Client.TencentCloudClient? _client;");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Creates a client that sends through <paramref name=\"httpClient\"/> and signs with the keys <paramref name=\"credentials\"/>");
        w.Line("/// gives: a <see cref=\"global::TcApi.Signing.Credential\"/>, or a provider of temporary keys such as");
        w.Line("/// <see cref=\"global::TcApi.Credentials.DefaultCredentialChain\"/> (environment, profile file, CVM role, OIDC).");
        w.Line("/// </summary>");
        w.Line($"public {type}(");
        w.Indent();
        w.Line("global::System.Net.Http.HttpClient httpClient,");
        w.Line("global::TcApi.Credentials.ICredentialProvider credentials,");
        w.Line("global::TcApi.Client.TencentCloudClientOptions? options = null)");
        w.Unindent();
        w.Line("{");
        w.Indent().Line("_client = new global::TcApi.Client.TencentCloudClient(httpClient, credentials, options ?? new global::TcApi.Client.TencentCloudClientOptions(), DefaultEndpoint);").Unindent();
        w.Line("}");
        w.Line();
        w.Line("/// <summary>Creates a client for a test double: it has no transport, so every call it does not override throws.</summary>");
        w.Line($"protected {type}()");
        w.Line("{");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>The client core every call goes through.</summary>");
        w.Line("/// <exception cref=\"global::System.InvalidOperationException\">The client was made by the protected constructor, for a test double.</exception>");
        w.Line("public global::TcApi.Client.TencentCloudClient Core =>");
        w.Indent().Line($"_client ?? throw new global::System.InvalidOperationException(\"This {type} was made for a test double and has no transport: override the call the test makes.\");").Unindent();
        Parts.ByNamePart.Write(w, header, ns);
        foreach (var action in actions)
        {
            var request = $"global::{ns}.{action.Name}Request";
            var response = $"global::{ns}.{action.Name}Response";
            w.Line();
            Parts.CallDocPart.Write(w, action, $"global::{ns}.{header.ServiceTypeName}ApiException", System.Array.Empty<string>(),
                "The service answered with an error.", "The call failed in transport, timed out, or the answer was unreadable.");
            w.Line($"public virtual global::System.Threading.Tasks.Task<{response}> {action.Name}Async(");
            w.Indent();
            w.Line($"{request} request,");
            w.Line("global::System.Threading.CancellationToken cancellationToken = default) =>");
            w.Line($"Core.SendAsync<{response}>(request, {request}.ActionInfo, {response}.Read, cancellationToken);");
            w.Unindent();
            if (action.HasNoInput)
            {
                w.Line();
                w.Line($"/// <summary>Calls {action.Name}, which takes no parameters.</summary>");
                if (ActionFacts.Obsolete(action.Status) is { } again)
                {
                    w.Line(again);
                }

                w.Line($"public global::System.Threading.Tasks.Task<{response}> {action.Name}Async(global::System.Threading.CancellationToken cancellationToken = default) =>");
                w.Indent().Line($"{action.Name}Async(new {request}(), cancellationToken);").Unindent();
            }

            if (action.Streaming is { } streaming)
            {
                Parts.StreamingPart.Write(w, action, streaming, ns, header.ServiceTypeName);
            }

            if (action.Paging is not null)
            {
                Parts.PagingPart.Write(w, action, ns);
            }

            foreach (var waiter in action.Waiters)
            {
                Parts.WaiterPart.Write(w, action, waiter, ns);
            }
        }

        w.Close();
        return w.ToString();
    }
}
