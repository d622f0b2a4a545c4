using TcApi.Wire;

namespace TcApi.Emulator.Actions;

/// <summary>What a stateful action needs: the state, and the RequestId of the answer.</summary>
internal sealed record ActionContext(EmulatorState State, string RequestId);

/// <summary>Answers one action from the emulator's state: a read and validated request in, a typed response out.</summary>
internal delegate IApiResponse ActionHandler(IApiRequest request, ActionContext context);
