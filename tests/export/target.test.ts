// Where push and neo4j connect: flags first, then NEO4J_* variables; an empty variable counts as not set.
import { describe, expect, it } from "vitest";
import { neo4jSettings, targetFromEnv } from "../../src/export/connect";

const ENV = { NEO4J_URI: "bolt://env:7687", NEO4J_USER: "envuser", NEO4J_PASSWORD: "envpass", NEO4J_DATABASE: "envdb" };

describe("neo4jSettings", () => {
  it("takes a flag over its variable", () => {
    expect(neo4jSettings({ uri: "bolt://flag:1", password: "p" }, ENV)).toEqual({
      uri: "bolt://flag:1",
      user: "envuser",
      password: "p",
      database: "envdb",
    });
  });

  it("defaults the user to neo4j and leaves out what is given nowhere or empty", () => {
    expect(neo4jSettings({}, { NEO4J_URI: "", NEO4J_USER: "", NEO4J_DATABASE: "" })).toEqual({
      uri: undefined,
      user: "neo4j",
      password: undefined,
      database: undefined,
    });
  });
});

describe("targetFromEnv", () => {
  it("is the variables' server, or nothing without NEO4J_URI", () => {
    expect(targetFromEnv(ENV)).toEqual({
      uri: "bolt://env:7687",
      user: "envuser",
      password: "envpass",
      database: "envdb",
    });
    expect(targetFromEnv({ NEO4J_URI: "bolt://x:1" })).toEqual({
      uri: "bolt://x:1",
      user: "neo4j",
      password: "",
      database: undefined,
    });
    expect(targetFromEnv({ NEO4J_PASSWORD: "p" })).toBeUndefined();
  });
});
