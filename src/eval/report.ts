// An evaluation report as text for a terminal: tables per kind, the headline figures, then what was missed.
import type { GoldEntity, GoldRelation } from "./gold.js";
import type { EdgeRef, EvalReport, NodeRef, Ratio } from "./score.js";

export interface FormatOptions {
  /** List every missed and spurious item, with evidence; otherwise the first few of each. */
  details?: boolean;
}

/** How many items of each list are shown without --details. */
const SHORT_LIST = 10;
const QUOTE_LENGTH = 110;

export function formatReport(report: EvalReport, { details = false }: FormatOptions = {}): string {
  const { entities, relations, twinning, evidence } = report;
  const out: string[] = [];

  out.push(
    ...table(
      ["Entities", "gold", "found", "recall", "nodes", "precision", "F1"],
      [
        ...entities.perKind.map((s) => [
          s.kind,
          String(s.gold),
          String(s.found),
          pct(s.recall),
          s.precisionKind ? String(s.nodes) : "-",
          pct(s.precision),
          pct(s.f1),
        ]),
        [
          "all",
          String(entities.gold),
          String(entities.found),
          pct(entities.recall),
          String(entities.nodes),
          pct(entities.precision),
          pct(entities.f1),
        ],
      ],
    ),
    "",
    ...table(
      ["Relations", "gold", "found", "recall", "edges"],
      [
        ...relations.perKind.map((s) => [s.kind, String(s.gold), String(s.found), pct(s.recall), String(s.edges)]),
        ["all", String(relations.gold), String(relations.found), pct(relations.recall), ""],
      ],
    ),
    "",
    `entities             precision ${pct(entities.precision)}  recall ${pct(entities.recall)}  F1 ${pct(entities.f1)}`,
    `relations            recall ${pct(relations.recall)} (${relations.found} of ${relations.gold})`,
    `twinning precision   ${pct(twinning.precision)} (${twinning.matched} of ${twinning.edges} SISTER_CITY_OF edges in the gold)`,
    `evidence verbatim    ${pct(evidence.share)} (${evidence.verbatim} of ${evidence.items} items)`,
  );
  if (entities.nodes === 0)
    out.push(`(no precision: the gold's "precisionKinds" is empty or the graph has no node of those kinds)`);

  section(
    out,
    "Missed entities",
    report.missedEntities,
    details,
    (e: GoldEntity) => `${e.kind}  ${e.names.join(" / ")}`,
  );
  section(out, "Missed relations", report.missedRelations, details, (r: GoldRelation) => relationLine(r));
  section(out, "Spurious nodes", report.spuriousNodes, details, (n: NodeRef) => `${n.kind}  ${n.label}  (${n.key})`);
  section(out, "Spurious twinnings", twinning.spurious, details, (e: EdgeRef) =>
    details
      ? `${e.source} <-> ${e.target}\n      ${e.study}: "${shorten(e.quote)}"`
      : `${e.source} <-> ${e.target}  "${shorten(e.quote, 60)}"`,
  );
  section(out, "Evidence not verbatim", evidence.broken, details, (b) => `${b.on}  ${b.study} [${b.start}, ${b.end})`);
  if (!details && hasLongList(report)) out.push("", "(--details lists every item, with the evidence of twinnings)");
  return out.join("\n") + "\n";
}

function relationLine(r: GoldRelation): string {
  return `${r.kind}  ${r.a.join(" / ")}  ->  ${r.b.join(" / ")}`;
}

function section<T>(out: string[], title: string, items: T[], details: boolean, line: (item: T) => string): void {
  if (!items.length) return;
  const shown = details ? items : items.slice(0, SHORT_LIST);
  out.push("", `${title} (${items.length})`, ...shown.map((item) => `  ${line(item)}`));
  if (shown.length < items.length) out.push(`  ... and ${items.length - shown.length} more`);
}

/** Whether --details would show more: a list was cut, or there are twinnings whose evidence is worth reading. */
function hasLongList(report: EvalReport): boolean {
  const lists = [
    report.missedEntities,
    report.missedRelations,
    report.spuriousNodes,
    report.twinning.spurious,
    report.evidence.broken,
  ];
  return report.twinning.spurious.length > 0 || lists.some((list) => list.length > SHORT_LIST);
}

/** Left-aligned first column, right-aligned figures. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map((r) => `${line(r)}`)];
}

function pct(value: Ratio): string {
  return value === null ? "-" : `${(value * 100).toFixed(1)}%`;
}

function shorten(text: string, max = QUOTE_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
