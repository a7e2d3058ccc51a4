// The neo4j-admin CSV files without a server: headers, quoting, arrays; the real import is tested in tests/neo4j.
import { describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, CsvExportError, csvFiles, importCommand } from "../../src/export/csv.js";
import { HOSTILE_STRINGS, hostileGraph } from "./hostileGraph.js";

/** RFC 4180 with fields over several lines, as neo4j-admin reads them with --multiline-fields=true. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let fieldText = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((fieldText += '"'), i++);
      else if (c === '"') quoted = false;
      else fieldText += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(fieldText), (fieldText = ""));
    else if (c === "\n") (row.push(fieldText), rows.push(row), (row = []), (fieldText = ""));
    else fieldText += c;
  }
  return rows;
}

describe("csvFiles", () => {
  const files = csvFiles(hostileGraph());

  it("writes one node file per kind and one relationship file, with typed headers", () => {
    expect(files.map((f) => f.name)).toEqual([
      "nodes-Study.csv",
      "nodes-City.csv",
      "nodes-Concept.csv",
      "nodes-Country.csv", // derived from the city's countryCode
      "relationships.csv",
    ]);
    const cityHeader = parseCsv(files[1].content)[0];
    expect(cityHeader.slice(0, 2)).toEqual(["id:ID", ":LABEL"]);
    expect(cityHeader).toEqual(
      expect.arrayContaining(["x:double", "evidenceStart:long[]", "aliases:string[]", "geonameId:long"]),
    );
    const relHeader = parseCsv(files.find((f) => f.name === "relationships.csv")!.content)[0];
    expect(relHeader.slice(0, 4)).toEqual([":START_ID", ":END_ID", ":TYPE", "key"]);
    // A relation's period is the years its studies cover, named so; a study's own period keeps its name.
    expect(relHeader).toEqual(expect.arrayContaining(["periodStudiedFrom:long", "periodStudiedTo:long"]));
    expect(relHeader.some((h) => h.startsWith("periodFrom"))).toBe(false);
    expect(parseCsv(files[0].content)[0]).toEqual(expect.arrayContaining(["periodFrom:long", "periodTo:long"]));
  });

  it("keeps hostile text exactly, arrays split by the unit separator", () => {
    const [header, ...rows] = parseCsv(files[1].content);
    const city = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(city["id:ID"]).toBe("city:o'brien-`tick`\\back;");
    expect(city[":LABEL"]).toBe(`ScgEntity${ARRAY_DELIMITER}City`);
    expect(city["aliases:string[]"].split(ARRAY_DELIMITER)).toEqual(HOSTILE_STRINGS);
    expect(city["label"]).toBe("'}) DETACH DELETE n //");
    expect(city["evidenceStart:long[]"].split(ARRAY_DELIMITER).map(Number)).toEqual(
      hostileGraph().nodes[1].attributes.evidence.map((e) => e.start),
    );
  });

  it("refuses text that holds the array delimiter, naming where", () => {
    const graph = hostileGraph();
    graph.nodes[2].attributes.aliases = [`bad${ARRAY_DELIMITER}alias`];
    expect(() => csvFiles(graph)).toThrow(CsvExportError);
    expect(() => csvFiles(graph)).toThrow(/node city:🏙️-مدينة aliases contains U\+001F/);
  });

  it("comes with the import command that reads it", () => {
    const command = importCommand(files);
    expect(command).toContain("neo4j-admin database import full neo4j --overwrite-destination");
    expect(command).toContain("--array-delimiter=U+001F --multiline-fields=true");
    expect(command).toContain("--relationships=relationships.csv");
  });
});
