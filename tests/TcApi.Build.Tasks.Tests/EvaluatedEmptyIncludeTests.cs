namespace TcApi.Build.Tests;

/// <summary>
/// <c>&lt;TcApiService Include="$(Unset)" /&gt;</c> is empty once evaluated, and MSBuild drops it without a word. The
/// task finds it by count (the file's items against its elements) and reports it on its line. Before, the item was
/// simply not there and the build went on without the service.
/// </summary>
public class EvaluatedEmptyIncludeTests
{
    [Fact]
    public void An_include_of_an_unset_property_is_an_error_on_its_line()
    {
        using var project = new TaskProject("""
                <TcApiService Include="cvm" />
                <TcApiService Include="$(Unset)" />
            """);

        var run = project.Run([project.Item("cvm")]);

        Assert.False(run.Succeeded);
        var (line, column) = project.PlaceOf("$(Unset)");
        Assert.Equal(
            [$"App.csproj({line},{column}): error TCAPI0020: <TcApiService Include=\"$(Unset)\" />: the Include is empty once evaluated, so MSBuild made no item of it; set what it names, or add Condition=\"'$(Unset)' != ''\" if it may be empty"],
            run.Printed);
    }

    [Fact]
    public void Includes_built_from_properties_that_made_items_and_conditional_ones_are_not_errors()
    {
        using var project = new TaskProject("""
                <TcApiService Include="cvm" />
                <TcApiService Include="$(Services)" />
                <TcApiService Include="$(Extra)" Condition="'$(Extra)' != ''" />
            """);

        var run = project.Run([project.Item("cvm"), project.Item("vpc"), project.Item("tke")]);

        Assert.True(run.Succeeded, string.Join("\n", run.Printed));
        Assert.Empty(run.Errors);
    }

    [Fact]
    public void When_only_some_built_includes_made_items_the_error_names_their_lines()
    {
        using var project = new TaskProject("""
                <TcApiService Include="cvm" />
                <TcApiService Include="$(First)" />
                <TcApiService Include="$(Second)" />
            """);

        var run = project.Run([project.Item("cvm"), project.Item("vpc")]);

        var (first, column) = project.PlaceOf("$(First)");
        var (second, _) = project.PlaceOf("$(Second)");
        Assert.Equal(
            [$"App.csproj({first},{column}): error TCAPI0020: <TcApiService Include=\"…\" />: of the 2 items on lines {first}, {second} whose Include is built from properties or items, 1 made no item (empty once evaluated); set what they name, or add a Condition to those that may be empty"],
            run.Printed);
    }

    [Fact]
    public void A_file_that_removes_items_is_not_judged_by_count()
    {
        using var project = new TaskProject("""
                <TcApiService Include="cvm;vpc" />
                <TcApiService Include="$(Services)" />
                <TcApiService Remove="vpc" />
            """);

        var run = project.Run([project.Item("cvm")]);

        Assert.Empty(run.Errors);
    }
}
