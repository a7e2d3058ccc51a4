// Facts extracted from one study, each with its evidence: what the graph builder merges into nodes and edges.
import type { EdgeKind, Evidence, Language, Period } from "../model/index.js";
import type { EntityKind } from "./lexicon/index.js";

export interface Geo {
  geonameId?: number;
  countryCode?: string;
  lat?: number;
  lon?: number;
}

export interface EntityFact {
  key: string;
  kind: EntityKind;
  label: string;
  /** The words as the study wrote them, markdown removed. */
  alias: string;
  evidence: Evidence;
  geo?: Geo;
}

export interface RelationFact {
  kind: EdgeKind;
  source: string;
  target: string;
  evidence: Evidence;
  period?: Period;
  since?: number;
  /** Known from the gazetteer, not stated by a sentence (see EdgeAttributes.inferred). */
  inferred?: true;
}

export interface StudyInfo {
  key: string;
  file: string;
  title: string;
  authors: string[];
  studentNumber?: string;
  year?: number;
  url?: string;
  period?: Period;
  language: Language;
  text: string;
}

export interface StudyFacts {
  study: StudyInfo;
  entities: EntityFact[];
  relations: RelationFact[];
  warnings: string[];
}
