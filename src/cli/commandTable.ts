// The subcommands that run from their own module: name → options, help and run. cli.ts looks a
// command up here before its older built-in ones.
import { DRAFT_COMMAND, type CliCommand } from './draftCommand';

export const CLI_COMMANDS: ReadonlyMap<string, CliCommand> = new Map([DRAFT_COMMAND].map((command) => [command.name, command]));
