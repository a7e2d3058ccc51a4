// A small valid graph whose every text field is hostile to naive escaping: quotes, backslashes, injection, emoji, RTL.
import { FORMAT_VERSION, GRAPH_OPTIONS, type GraphFile } from "../../src/model/index.js";

export const HOSTILE_STRINGS = [
  `O'Brien said "sister city" \\ and \\\\ twice`,
  "`City` ``double`` backticks",
  "line one\nline two\r\nline three\ttabbed",
  "'}) DETACH DELETE n //",
  `"}) MATCH (m) DETACH DELETE m //`,
  "Jakarta 🤝 Berlin 🏙️ 👩🏽‍🔬 emoji",
  "مدينة توأم — עיר תאומה, right to left \u200fmark\u200f",
  "\\u0041 is not an escape, $param {not: a map}; /* comment */",
  "separators \u2028 and \u2029, bell \u0007, nul \u0000",
];

const sentence = (i: number) => `Evidence ${i}: ${HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]}.`;

export function hostileGraph(): GraphFile {
  const sentences = HOSTILE_STRINGS.map((_, i) => sentence(i));
  const text = sentences.join(" ");
  const offsets: number[] = [];
  sentences.reduce((at, s) => (offsets.push(at), at + s.length + 1), 0);
  const evidence = (i: number, withMention = false) => {
    const start = offsets[i];
    const quote = sentences[i];
    return {
      study: "study:hostile'`\\",
      quote,
      start,
      end: start + quote.length,
      ...(withMention ? { mention: { start: start + 10, end: start + 14 } } : {}),
    };
  };
  return {
    attributes: { name: "hostile 'graph' `name`\nsecond line", formatVersion: FORMAT_VERSION },
    options: GRAPH_OPTIONS,
    nodes: [
      {
        key: "study:hostile'`\\",
        attributes: {
          kind: "Study",
          label: HOSTILE_STRINGS[0],
          aliases: [],
          evidence: [],
          x: 0,
          y: -12.5,
          file: "studies/it's `hostile`.txt",
          title: HOSTILE_STRINGS[3],
          authors: [HOSTILE_STRINGS[6], HOSTILE_STRINGS[5]],
          year: 2024,
          period: { from: 2019, to: 2023 },
          language: "mixed",
          text,
        },
      },
      {
        key: "city:o'brien-`tick`\\back;",
        attributes: {
          kind: "City",
          label: HOSTILE_STRINGS[3],
          aliases: HOSTILE_STRINGS,
          evidence: [evidence(1, true), evidence(2)],
          x: 1e21,
          y: 1 / 3,
          geonameId: 1642911,
          countryCode: "ID",
          lat: -6.2146,
          lon: 106.8451,
        },
      },
      {
        key: "city:🏙️-مدينة",
        attributes: {
          kind: "City",
          label: HOSTILE_STRINGS[6],
          aliases: [HOSTILE_STRINGS[5], ""],
          evidence: [evidence(5)],
          x: -0.000001,
          y: 123456789.123,
        },
      },
      {
        key: "concept:$param",
        attributes: {
          kind: "Concept",
          label: HOSTILE_STRINGS[7],
          aliases: [HOSTILE_STRINGS[8]],
          evidence: [evidence(7), evidence(8, true)],
          x: 5,
          y: 6,
        },
      },
    ],
    edges: [
      {
        key: "SISTER_CITY_OF|city:o'brien-`tick`\\back;|city:🏙️-مدينة",
        source: "city:o'brien-`tick`\\back;",
        target: "city:🏙️-مدينة",
        attributes: {
          kind: "SISTER_CITY_OF",
          evidence: [evidence(4), evidence(3, true)],
          period: { from: 1994, to: 2024 },
        },
      },
      {
        key: "MENTIONS|study:hostile'`\\|concept:$param",
        source: "study:hostile'`\\",
        target: "concept:$param",
        attributes: { kind: "MENTIONS", evidence: [evidence(0)] },
      },
    ],
  };
}
