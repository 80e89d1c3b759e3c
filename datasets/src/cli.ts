import { parseArgs } from "node:util";
import { generate } from "./generate.js";
import { isMessPreset, MESS_PRESETS, type MessOptions } from "./mess.js";
import { EXTRA_KINDS, isAnyKind, KINDS } from "./options.js";

const USAGE = `usage: pnpm gen --kind ${[...KINDS, ...EXTRA_KINDS].join("|")} --rows N --seed S --out DIR
  [--lang fr|en] [--mess heavy|moderate|none] [--no MESS,MESS] [--set MESS=VALUE,...]
  [--encoding utf-8|utf-8-bom|windows-1252] [--delimiter ';'|','|tab] [--people N] [--no-truth]
  [--headers standard|varied] [--country FR|BE|CH|AU|US|mixed] [--countries N (groups)]
messes: ${Object.keys(MESS_PRESETS.heavy).join(", ")}`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    kind: { type: "string" },
    rows: { type: "string" },
    seed: { type: "string", default: "1" },
    out: { type: "string" },
    lang: { type: "string", default: "fr" },
    mess: { type: "string", default: "heavy" },
    no: { type: "string" },
    set: { type: "string" },
    encoding: { type: "string" },
    delimiter: { type: "string" },
    people: { type: "string" },
    "no-truth": { type: "boolean", default: false },
    headers: { type: "string" },
    country: { type: "string" },
    countries: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const kinds = values.kind === "all" ? [...KINDS] : [values.kind ?? ""];
for (const k of kinds)
  if (!isAnyKind(k)) fail(`gen: --kind must be one of ${[...KINDS, ...EXTRA_KINDS].join(", ")} or all`);
if (values.headers !== undefined && values.headers !== "standard" && values.headers !== "varied")
  fail("gen: --headers must be standard or varied");
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1) fail("gen: --rows must be a positive integer");
const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail("gen: --seed must be an integer");
if (!values.out) fail("gen: --out needs a folder");
if (values.lang !== "fr" && values.lang !== "en") fail("gen: --lang must be fr or en");
if (!isMessPreset(values.mess)) fail(`gen: --mess must be one of ${Object.keys(MESS_PRESETS).join(", ")}`);
const mess: Record<string, unknown> = { ...MESS_PRESETS[values.mess] };
for (const name of (values.no ?? "").split(",").filter(Boolean)) {
  if (!(name in mess)) fail(`gen: unknown mess ${name}`);
  mess[name] =
    typeof mess[name] === "number" ? 0 : name === "decimalComma" || name === "titleLine" ? false : mess[name];
  if (name === "encoding") mess.encoding = "utf-8";
  if (name === "delimiter") mess.delimiter = ",";
}
for (const pair of (values.set ?? "").split(",").filter(Boolean)) {
  const [name, value] = pair.split("=");
  if (!name || value === undefined || !(name in mess)) fail(`gen: --set needs MESS=VALUE, got ${pair}`);
  mess[name] =
    typeof mess[name] === "number" ? Number(value) : typeof mess[name] === "boolean" ? value === "true" : value;
}
if (values.encoding) mess.encoding = values.encoding;
if (values.delimiter) mess.delimiter = values.delimiter === "tab" ? "\t" : values.delimiter;
const people = values.people === undefined ? undefined : Number(values.people);
const started = Date.now();
// with --kind all, visits and outcomes refer to the people of the register just written
let registered: number | undefined;
for (const kind of kinds) {
  if (!isAnyKind(kind)) continue;
  const pool = people ?? (kind === "visits" || kind === "outcomes" ? registered : undefined);
  const result = await generate({
    kind,
    rows,
    seed,
    out: values.out,
    mess: mess as unknown as MessOptions,
    lang: values.lang,
    truth: !values["no-truth"],
    ...(pool === undefined ? {} : { people: pool }),
    ...(values.headers === "varied" ? { headers: "varied" as const } : {}),
    ...(values.country === undefined ? {} : { country: values.country }),
    ...(values.countries === undefined ? {} : { countries: Number(values.countries) }),
  });
  if (kind === "beneficiaries") registered = result.summary.distinct_beneficiaries as number;
  process.stderr.write(
    `gen: ${result.file} (${result.summary.rows} rows) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
