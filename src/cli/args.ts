// Command-line arguments for the scripts: Node's own parser, strict, its complaints turned into usage errors.
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Bad arguments: the scripts print the message with their usage and exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** `--name value`, `--name=value` and flags, as `options` declares them; anything else throws a `UsageError`. */
export function parseCommandLine<const O extends Options>(options: O, args: string[] = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code?.startsWith("ERR_PARSE_ARGS_")) throw error;
    // Node's advice on positionals misleads here: no script takes any.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
}
