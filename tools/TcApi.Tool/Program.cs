using TcApi.Tool;

// dotnet run --project tools/TcApi.Tool -- <command> [options]; `help` lists the commands.
return await ToolCommands.RunAsync(args, Console.Out, Console.Error);
