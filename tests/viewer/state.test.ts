// The store: one state, subscribers told of real changes only.
import { describe, expect, it } from "vitest";
import { Store, initialState } from "../../src/viewer/core/state/state.js";

describe("store", () => {
  it("notifies subscribers only on real changes", () => {
    const store = new Store(initialState("en"));
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.lang));
    store.update({ lang: "en" });
    store.update({ lang: "id" });
    expect(seen).toEqual(["id"]);
  });
});
