// The address: selection, filters, view and language to a query string and back.
import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../../src/viewer/core/filters/filters.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { NONE } from "../../src/viewer/core/state/state.js";
import { queryToState, stateToQuery } from "../../src/viewer/core/url/url.js";
import { STUDY_B, seedFixture } from "./fixtures.js";

const dataset = indexDataset(seedFixture());

describe("URL state", () => {
  it("round-trips selection, filters, view and language", () => {
    const state = {
      selection: { type: "node", key: "city:berlin" } as const,
      filters: {
        hiddenNodeKinds: new Set(["Concept", "City"] as const),
        hiddenEdgeKinds: new Set(["MENTIONS"] as const),
        hiddenStudies: new Set([STUDY_B]),
        period: { from: 2018, to: 2020 },
      },
      mode: "map" as const,
      lang: "id" as const,
    };
    const query = stateToQuery(state);
    expect(query).toBe(
      `?node=city:berlin&hideNodeKinds=City,Concept&hideEdgeKinds=MENTIONS&hideStudies=${STUDY_B}&from=2018&to=2020&view=map&lang=id`,
    );
    expect(queryToState(query, dataset, "en")).toEqual(state);
  });
  it("leaves the browser's own language out of the address", () => {
    const state = { selection: NONE, filters: NO_FILTERS, mode: "graph" as const, lang: "id" as const };
    expect(stateToQuery(state, "id")).toBe("");
    expect(stateToQuery(state, "en")).toBe("?lang=id");
  });
  it("drops what the dataset does not know, so an old link still opens", () => {
    const s = queryToState("?node=city:atlantis&hideKinds=Planet,City&from=2020&to=2001&lang=fr", dataset, "en");
    expect(s.selection).toEqual(NONE);
    expect([...s.filters.hiddenNodeKinds]).toEqual(["City"]);
    expect(s.filters.period).toBeNull();
    expect(s.lang).toBe("en");
  });
  it("still reads the parameter names of links made before they matched the model's", () => {
    const s = queryToState("?hideKinds=City&hideRelations=MENTIONS", dataset, "en");
    expect([...s.filters.hiddenNodeKinds]).toEqual(["City"]);
    expect([...s.filters.hiddenEdgeKinds]).toEqual(["MENTIONS"]);
    expect(queryToState("?hideNodeKinds=Country&hideKinds=City", dataset, "en").filters.hiddenNodeKinds).toEqual(
      new Set(["Country"]),
    );
  });
  it("opens a relation by its key", () => {
    const key = "SISTER_CITY_OF|city:jakarta|city:tokyo";
    expect(queryToState(`?edge=${encodeURIComponent(key)}`, dataset, "en").selection).toEqual({ type: "edge", key });
  });
});
