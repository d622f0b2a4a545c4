namespace TcApi.Tool.CorpusCheck;

/// <summary>
/// The fixed sample CI checks, for the hazards each service version carries (the whole corpus is the job of
/// <c>tcapi corpus-check</c>, whose last result is docs/corpus-check.md).
/// </summary>
public static class CorpusSample
{
    public static readonly IReadOnlyList<(string Service, string Version, string Why)> ServiceVersions =
    [
        ("as", "2018-04-19", "a service name that is a C# keyword"),
        ("drm", "2018-11-15", "members named like their object (Key.Key)"),
        ("dnspod", "2021-03-23", "members that differ only by case (DNSStatus, DnsStatus); a self-referencing object"),
        ("cvm", "2017-03-12", "nested Filters; a popular service"),
        ("vpc", "2017-03-12", "the most query-string examples"),
        ("csip", "2022-11-21", "the most actions; self-referencing objects"),
        ("hunyuan", "2023-09-01", "streamed outputs; bare events without the envelope"),
        ("lkeap", "2024-05-22", "streamed outputs"),
        ("yunjing", "2018-02-28", "query-string examples with JSON and quotes in their values"),
        ("billing", "2018-07-09", "recursive types"),
        ("lke", "2023-11-30", "recursive types; a body after a blank line of spaces"),
        ("gaap", "2018-05-29", "the overlay the catalogue carries"),
        ("iot", "2018-01-23", "an object named Action; members named like their object; deprecated actions"),
        ("ms", "2018-04-08", "members that differ only by case; disabled members; keywords in camelCase"),
        ("ioa", "2022-06-01", "an action named like an object; a self-referencing object; an example that is not JSON"),
        ("tkgdq", "2019-04-11", "an output that is not JSON"),
        ("mdl", "2020-03-26", "the international site only; an error code without a description"),
        ("mongodb", "2019-07-25", "a member named Clone, which a record may not declare"),
        ("ccc", "2020-02-10", "paging over members Tencent marks disabled"),
        ("cbs", "2017-03-12", "two JSON bodies glued together; a popular service"),
        ("cam", "2019-01-16", "a popular service"),
        ("cii", "2021-04-08", "multipart bodies"),
        ("afc", "2020-02-26", "request bodies that are not JSON; a response value of the wrong type"),
        ("bmlb", "2018-06-25", "response values the metadata types otherwise"),
        ("dms", "2020-08-19", "the international site only; outputs without the envelope"),
    ];
}
