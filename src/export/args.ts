// A small command-line parser for the export scripts: `--name value`, `--name=value` and boolean `--flag`.
export interface ParsedArgs {
  values: Map<string, string>;
  flags: Set<string>;
}

export class UsageError extends Error {
  override name = "UsageError";
}

/** Parses `argv` against the known value options and flags; anything else is a `UsageError` naming it. */
export function parseArgs(argv: string[], valueNames: string[], flagNames: string[]): ParsedArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${arg}"`);
    const [, name, inline] = match;
    if (flagNames.includes(name) && inline === undefined) flags.add(name);
    else if (valueNames.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      values.set(name, value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { values, flags };
}
