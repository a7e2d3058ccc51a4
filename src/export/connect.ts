// Opening a Neo4j connection that fails early with a sentence a person can act on, not a driver stack trace.
import neo4j, { type Driver } from "neo4j-driver";

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  /** Omitted: the server's default database (`neo4j` on a fresh server). */
  database?: string;
}

/** Where to connect as far as it is given: flags first, then the environment. `user` defaults to `neo4j`. */
export type Neo4jSettings = Partial<Neo4jTarget> & { user: string };

/**
 * The Neo4j target from command-line flags and NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; a flag wins
 * over its variable, and an empty variable counts as not set. The callers decide what a missing URI or password means.
 */
export function neo4jSettings(flags: Partial<Neo4jTarget> = {}, env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const pick = (flag: string | undefined, name: string) => flag ?? (env[name] || undefined);
  return {
    uri: pick(flags.uri, "NEO4J_URI"),
    user: pick(flags.user, "NEO4J_USER") ?? "neo4j",
    password: pick(flags.password, "NEO4J_PASSWORD"),
    database: pick(flags.database, "NEO4J_DATABASE"),
  };
}

/** The server named by NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), when NEO4J_URI is set. */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jTarget | undefined {
  const { uri, password = "", ...rest } = neo4jSettings({}, env);
  return uri ? { ...rest, uri, password } : undefined;
}

/** A failure to reach, log in to or use Neo4j, with a message meant for the person running the command. */
export class Neo4jConnectionError extends Error {
  override name = "Neo4jConnectionError";
  constructor(
    message: string,
    /** The driver's error code (`ServiceUnavailable`, `Neo.ClientError.Security.Unauthorized`, ...), if any. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** Turns a driver error into a message that says what went wrong and what to do; other errors pass through. */
export function describeNeo4jError(error: unknown, target: Neo4jTarget): Error {
  const code = (error as { code?: string }).code;
  const where = `Neo4j at ${target.uri}`;
  const database = target.database ?? "(default)";
  switch (code) {
    case "ServiceUnavailable":
    case "SessionExpired":
      return new Neo4jConnectionError(
        `cannot reach ${where} (${cause(error)}). Is the server running and is the port right? ` +
          "`npm run neo4j` starts a local one and prints its URI.",
        code,
      );
    case "Neo.ClientError.Security.Unauthorized":
      return new Neo4jConnectionError(
        `${where} refused user "${target.user}": wrong user name or password. ` +
          "Pass --user/--password or set NEO4J_USER/NEO4J_PASSWORD.",
        code,
      );
    case "Neo.ClientError.Security.AuthenticationRateLimit":
      return new Neo4jConnectionError(
        `${where} locked user "${target.user}" after too many wrong passwords; wait and retry.`,
        code,
      );
    case "Neo.ClientError.Security.CredentialsExpired":
      return new Neo4jConnectionError(
        `${where}: the password of "${target.user}" must be changed first (Neo4j Browser or cypher-shell).`,
        code,
      );
    case "Neo.ClientError.Database.DatabaseNotFound":
      return new Neo4jConnectionError(
        `${where} has no database "${database}". Create it first (CREATE DATABASE, Enterprise only) ` +
          "or leave out --database to use the default one.",
        code,
      );
    case "Neo.ClientError.Database.DatabaseUnavailable":
      return new Neo4jConnectionError(`${where}: database "${database}" is not online (stopped or starting).`, code);
    case undefined:
      return error instanceof Error ? error : new Error(String(error));
    default:
      return new Neo4jConnectionError(`${where} answered ${code}: ${firstLine(error)}`, code);
  }
}

/** The socket error under the driver's long ServiceUnavailable text, e.g. `connect ECONNREFUSED 127.0.0.1:1`. */
function cause(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /Caused by: (.*)$/m.exec(message)?.[1]?.replace(/\.$/, "") ?? firstLine(error);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").replace(/\.$/, "");
}

/**
 * Opens a driver and checks the server, the login and the database with one query, so a wrong password or a missing
 * database is reported before any work starts. Throws `Neo4jConnectionError`.
 */
export async function connect(target: Neo4jTarget): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
      connectionTimeout: 10_000,
      maxTransactionRetryTime: 30_000,
      userAgent: "sister-city-graph",
    });
  } catch (error) {
    throw new Neo4jConnectionError(`cannot use "${target.uri}" as a Neo4j URI: ${firstLine(error)}`);
  }
  try {
    const session = driver.session({ database: target.database });
    try {
      await session.run("RETURN 1");
    } finally {
      await session.close();
    }
    return driver;
  } catch (error) {
    await driver.close();
    throw describeNeo4jError(error, target);
  }
}
