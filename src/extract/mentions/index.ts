// Finds what a sentence names: places, organizations, projects, theories, methods, concepts and persons.
// Lexicon phrases and cue patterns each propose readings; the longest, then the strongest, wins each span.
import type { Sentence } from "../../studies/sentences.js";
import { getLexicon, type Lexicon } from "../lexicon/index.js";
import { acronymMentions } from "./acronyms.js";
import { citedScholars } from "./citedScholars.js";
import { citiesBeforeCountries } from "./citiesBeforeCountries.js";
import { coverPlace } from "./coverPlace.js";
import { mentionContext, type MentionContext } from "./context.js";
import { titleCasedText } from "./casing.js";
import { cuedPlaces } from "./cuedPlaces.js";
import { demonymPlaces } from "./demonymPlaces.js";
import { districtNames } from "./districtNames.js";
import { governments } from "./governments.js";
import { lexiconMentions } from "./lexiconMentions.js";
import { lexiconProposers } from "./lexiconProposers.js";
import { isAllCaps, resolveOverlaps, tokenize, type Mention } from "./mention.js";
import { methodPhrases } from "./methodPhrases.js";
import { namedAgreements } from "./namedAgreements.js";
import { namedConcepts } from "./namedConcepts.js";
import { namedEvents } from "./namedEvents.js";
import { namedMethods } from "./namedMethods.js";
import { namedTheories } from "./namedTheories.js";
import { officeHolders } from "./officeHolders.js";
import { organizations } from "./organizations.js";
import { projects } from "./projects.js";
import { theories } from "./theories.js";
import { titledPersons } from "./titledPersons.js";

export { resolveOverlaps, withInner, type Mention } from "./mention.js";
/** The cue rules, in the order their readings are proposed. */
const CUE_RULES: readonly ((ctx: MentionContext) => Mention[])[] = [
  governments,
  organizations,
  projects,
  cuedPlaces,
  theories,
  officeHolders,
  namedMethods,
];

/** Every mention in a sentence, overlaps resolved. `masked` is the whole study text with markdown blanked. */
export function findMentions(
  masked: string,
  sentence: Sentence,
  lex: Lexicon = getLexicon(),
  /** `masked` with each sentence on one line (`joinedLines`), for the cue rules. */
  joined: string = masked,
): Mention[] {
  const ctx = mentionContext(lex, masked, sentence);
  const tokens = tokenize(ctx.sm, sentence.start);
  const candidates: Mention[] = [
    ...lexiconMentions(lex, masked, tokens, sentence),
    ...districtNames(lex, masked, sentence),
    ...coverPlace(lex, masked, sentence),
    ...titledPersons(lex, masked, sentence),
  ];
  // A title in capitals is read title-cased by the cue rules; the lexicon reads it as it is.
  const cueText = isAllCaps(ctx.sm) ? titleCasedText(joined, sentence) : joined;
  if (cueText !== undefined) {
    const cueCtx = cueText === masked ? ctx : mentionContext(lex, cueText, sentence);
    candidates.push(
      ...CUE_RULES.flatMap((rule) => rule(cueCtx)),
      ...namedTheories(lex, cueText, sentence),
      ...namedEvents(lex, cueText, sentence),
      ...namedAgreements(lex, cueText, sentence),
      ...demonymPlaces(cueText, sentence),
      ...namedConcepts(lex, cueText, sentence),
    );
  }
  let resolved = resolveOverlaps(candidates);
  const located = citiesBeforeCountries(lex, masked, sentence, resolved);
  if (located.length) resolved = resolveOverlaps([...resolved, ...located]);
  const scholars = citedScholars(lex, masked, sentence).filter(
    (p) => !resolved.some((m) => m.kind !== "Person" && m.start < p.end && p.start < m.end),
  );
  if (scholars.length) resolved = resolveOverlaps([...resolved, ...scholars]);
  resolved = lexiconProposers(lex, masked, sentence, resolved);
  resolved = methodPhrases(masked, resolved);
  const acronyms = acronymMentions(masked, sentence, resolved);
  return acronyms.length ? resolveOverlaps([...resolved, ...acronyms]) : resolved;
}
