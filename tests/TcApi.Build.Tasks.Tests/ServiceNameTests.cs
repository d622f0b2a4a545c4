namespace TcApi.Build.Tests;

/// <summary>
/// An unknown service is an error naming the nearest services by key or by the folder Tencent's metadata keeps them in
/// (index.json's aliases), as the tool names them. Before, the task matched keys alone and told an item naming Auto
/// Scaling's folder, <c>autoscaling</c>, that the nearest was <c>ca</c>.
/// </summary>
public class ServiceNameTests
{
    [Fact]
    public void An_item_naming_a_services_metadata_folder_is_told_its_key()
    {
        using var project = new TaskProject("""    <TcApiService Include="autoscaling" />""");

        var run = project.Run([project.Item("autoscaling")]);

        Assert.False(run.Succeeded);
        var (line, column) = project.PlaceOf("autoscaling");
        Assert.Equal([$"App.csproj({line},{column}): error TCAPI0020: <TcApiService Include=\"autoscaling\" />: the catalogue has no service 'autoscaling'; nearest: as, ca"], run.Printed);
    }

    [Fact]
    public void A_misspelt_key_is_told_the_nearest_keys()
    {
        using var project = new TaskProject("""    <TcApiService Include="tkee" />""");

        var run = project.Run([project.Item("tkee")]);

        Assert.Equal("<TcApiService Include=\"tkee\" />: the catalogue has no service 'tkee'; nearest: tke", Assert.Single(run.Errors).Message);
    }
}
