/** What {@link readLabelDecisions} found in a label review. */
type LabelDecisionsRead =
  | { ok: true; decisions: Record<string, Record<string, string>>; rows: number }
  | { ok: false; missing: string[] };

function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const MERGE = new Set(["merge", "fusionner", "fusion", "oui", "yes"]);
const KEEP = new Set(["keep", "garder", "conserver", "non", "no"]);

/**
 * Reads the decisions of an edited `labels.csv` (as written by `solidata labels`, saved again by a
 * spreadsheet with commas or semicolons): for each field, each label and the label it becomes.
 * `merge` (or `fusionner`) takes the proposed label, `keep` (or `garder`) keeps the label, any other
 * text is the label to use; an empty decision leaves the label to the automatic merging.
 *
 * @param text - the CSV text
 * @returns the decisions by field, or the columns that are missing
 * @example
 * readLabelDecisions("field,label,proposed,decision\nactivity,Maraude de nuit,Maraude,merge\n")
 * // => { ok: true, decisions: { activity: { "Maraude de nuit": "Maraude" } }, rows: 1 }
 */
export function readLabelDecisions(text: string): LabelDecisionsRead {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ";" : ",";
  const [head = [], ...lines] = parseCsv(body, delimiter);
  const header = head.map((h) => h.trim().toLowerCase());
  const column = (name: string): number => header.indexOf(name);
  const missing = ["field", "label", "proposed", "decision"].filter((n) => column(n) < 0);
  if (missing.length > 0) return { ok: false, missing };
  const unquote = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
  const decisions: Record<string, Record<string, string>> = {};
  let rows = 0;
  for (const line of lines) {
    if (line.every((cell) => cell.trim() === "")) continue;
    const field = (line[column("field")] ?? "").trim();
    const label = unquote(line[column("label")] ?? "");
    const proposed = unquote(line[column("proposed")] ?? "");
    const decision = unquote(line[column("decision")] ?? "").trim();
    if (field === "" || label === "" || decision === "") continue;
    const word = decision.toLowerCase();
    const to = MERGE.has(word) ? proposed : KEEP.has(word) ? label : decision;
    decisions[field] ??= {};
    decisions[field][label] = to;
    rows++;
  }
  return { ok: true, decisions, rows };
}
