using System.Threading.Tasks;

namespace TcApi.Client.Pipeline;

/// <summary>
/// One stage of a call, one concern. <see cref="ClientPipeline"/> links the steps in the order it lists them; a step does
/// its work and runs the rest of the pipeline (<see cref="RunNextAsync"/>) — once, or again (the retry step), or around
/// a <c>try</c> (the steps that handle what the rest throws).
/// </summary>
/// <remarks>
/// A step that needs no <c>await</c> of its own returns the next step's task directly, so it adds no state machine to
/// the call. A step holds only what its client gives it; what one call needs is in its <see cref="AttemptContext"/>.
/// </remarks>
internal abstract class ClientStep
{
    /// <summary>The step after this one; <see langword="null"/> for the last.</summary>
    public ClientStep? Next { get; private set; }

    public abstract ValueTask RunAsync(AttemptContext context);

    /// <summary>Makes <paramref name="next"/> the step after this one.</summary>
    public void LinkTo(ClientStep next) => Next = next;

    protected ValueTask RunNextAsync(AttemptContext context) => Next!.RunAsync(context);
}
