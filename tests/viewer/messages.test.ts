// The interface in Indonesian and English.
import { describe, expect, it } from "vitest";
import {
  MESSAGE_KEYS,
  detectLang,
  edgeKindName,
  nodeKindName,
  t,
  type MessageKey,
} from "../../src/viewer/core/i18n/messages.js";
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from "../../src/model/index.js";

describe("language", () => {
  /**
   * Names written the same in both languages, each with why. Anything else the same in both is a message left in
   * English (or Indonesian) in the other table.
   */
  const SAME_IN_BOTH: Partial<Record<MessageKey, string>> = {
    exportGexf: "a file format's name, with Gephi's",
    exportGraphml: "a file format's name",
    exportJson: "a file format's name",
  };
  const SAME_NODE_KINDS: Partial<Record<NodeKind, string>> = {};
  const SAME_EDGE_KINDS: Partial<Record<EdgeKind, string>> = {};

  it("has every message in both languages, translated, with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of MESSAGE_KEYS) {
      const [id, en] = [t("id", key), t("en", key)];
      expect(id.trim(), key).not.toBe("");
      expect(en.trim(), key).not.toBe("");
      if (!(key in SAME_IN_BOTH)) expect(id, `${key} is not translated`).not.toBe(en);
      // Without parameters, t leaves the placeholders in.
      expect(placeholders(id), key).toEqual(placeholders(en));
    }
    expect(t("id", "shown", { nodes: 1, totalNodes: 2, edges: 3, totalEdges: 4 })).toBe(
      "1 dari 2 simpul, 3 dari 4 relasi ditampilkan",
    );
  });

  it("names every node and relation kind in both languages, translated", () => {
    for (const kind of NODE_KINDS) {
      expect(nodeKindName("en", kind), kind).toBeTruthy();
      if (!(kind in SAME_NODE_KINDS)) expect(nodeKindName("id", kind), kind).not.toBe(nodeKindName("en", kind));
    }
    for (const kind of EDGE_KINDS) {
      expect(edgeKindName("en", kind), kind).toBeTruthy();
      if (!(kind in SAME_EDGE_KINDS)) expect(edgeKindName("id", kind), kind).not.toBe(edgeKindName("en", kind));
    }
    expect(nodeKindName("id", "City")).toBe("Kota");
    expect(edgeKindName("id", "SISTER_CITY_OF")).toBe("kota kembar dengan");
  });

  it("lists as the same in both languages only names that are", () => {
    for (const key of Object.keys(SAME_IN_BOTH) as MessageKey[]) expect(t("id", key)).toBe(t("en", key));
    for (const kind of Object.keys(SAME_NODE_KINDS) as NodeKind[])
      expect(nodeKindName("id", kind)).toBe(nodeKindName("en", kind));
    for (const kind of Object.keys(SAME_EDGE_KINDS) as EdgeKind[])
      expect(edgeKindName("id", kind)).toBe(edgeKindName("en", kind));
  });

  it("defaults to Indonesian for Indonesian browsers and English otherwise", () => {
    expect(detectLang(["id-ID", "en"])).toBe("id");
    expect(detectLang(["de-DE", "en-US"])).toBe("en");
    expect(detectLang(["fr"])).toBe("en");
  });
});
