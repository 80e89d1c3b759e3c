import type { ColumnTable } from "arquero";
import { resolvePersonIds } from "../clean/resolve-person-ids.js";
import { LinkError } from "../link/link-error.js";
import { linkRecords } from "../link/link-records.js";

/** What {@link linkPeople} found in a register. */
export interface PeopleLinks {
  /** each person identifier joined to another → the identifier the person is counted under */
  mapping: Record<string, string>;
  /** records of the register and the people they are (distinct after linkage) */
  records: number;
  people: number;
  /** identifiers joined to another person's */
  joined: number;
  /** `"fellegi-sunter"` (probabilistic record linkage on names, birth date, e-mail, phone, place) or `"exact-rules"` */
  method: "fellegi-sunter" | "exact-rules";
}

/** Union–find over identifiers (internal). */
function groups(pairs: Iterable<readonly [string, string]>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) as string;
    let node = x;
    while (node !== root) {
      const next = parent.get(node) ?? node;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  }
  const out = new Map<string, string>();
  for (const id of parent.keys()) out.set(id, find(id));
  return out;
}

/**
 * Finds the people a register holds under several identifiers (registered again under a new number)
 * and says under which identifier each is counted: Fellegi–Sunter record linkage of the register with
 * itself ({@link linkRecords}: names with French phonetics, birth date, e-mail, phone, place; m and u
 * by EM), falling back to exact rules ({@link resolvePersonIds}) when the register has no identity
 * column the linker can use. A person is counted under the identifier of their first row.
 *
 * @param register - a clean `beneficiaries` table with `person_id`
 * @returns the identifiers to replace, the counts, the method
 * @example
 * linkPeople(register).joined // => 25 (the French sample: 600 rows, 575 people)
 */
export function linkPeople(register: ColumnTable): PeopleLinks {
  const ids = register.columnNames().includes("person_id")
    ? (Array.from(register.array("person_id") as ArrayLike<unknown>) as (string | null)[])
    : [];
  const records = register.numRows();
  const distinct = (mapping: Record<string, string>): number =>
    new Set(ids.filter((v): v is string => typeof v === "string" && v !== "").map((v) => mapping[v] ?? v)).size;
  const exact = (): PeopleLinks => {
    const { mapping } = resolvePersonIds(register);
    return { mapping, records, people: distinct(mapping), joined: Object.keys(mapping).length, method: "exact-rules" };
  };
  if (ids.length === 0) return { mapping: {}, records, people: 0, joined: 0, method: "exact-rules" };
  const identity = register.select(register.columnNames().filter((c) => c !== "person_id" && c !== "_line"));
  let clusterOf: string[];
  try {
    clusterOf = linkRecords([{ name: "register", table: identity }]).clusterOf[0] ?? [];
  } catch (error) {
    if (error instanceof LinkError) return exact();
    throw error;
  }
  // identifiers of one cluster are one person; the first row's identifier is kept
  const firstRow = new Map<string, number>();
  ids.forEach((id, row) => {
    if (typeof id === "string" && id !== "" && !firstRow.has(id)) firstRow.set(id, row);
  });
  const byCluster = new Map<string, string[]>();
  ids.forEach((id, row) => {
    const cluster = clusterOf[row];
    if (typeof id !== "string" || id === "" || cluster === undefined) return;
    const list = byCluster.get(cluster) ?? [];
    list.push(id);
    byCluster.set(cluster, list);
  });
  const pairs: [string, string][] = [];
  for (const list of byCluster.values())
    for (let i = 1; i < list.length; i++) pairs.push([list[0] as string, list[i] as string]);
  const roots = groups(pairs);
  const members = new Map<string, string[]>();
  for (const [id, root] of roots) members.set(root, [...(members.get(root) ?? []), id]);
  const mapping: Record<string, string> = {};
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const canonical = list.reduce((a, b) => ((firstRow.get(a) ?? 0) <= (firstRow.get(b) ?? 0) ? a : b));
    for (const id of list) if (id !== canonical) mapping[id] = canonical;
  }
  return { mapping, records, people: distinct(mapping), joined: Object.keys(mapping).length, method: "fellegi-sunter" };
}
