namespace Gaap.AspNetCore;

/// <summary>
/// Names this app's assembly to an in-process host (<c>WebApplicationFactory&lt;ListenersApp&gt;</c>): the top-level
/// <c>Program</c> class is a name every app shares.
/// </summary>
public sealed class ListenersApp
{
    private ListenersApp()
    {
    }
}
