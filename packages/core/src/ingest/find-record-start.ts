const LF = 10;
const CR = 13;
const QUOTE = 34;
/** Records read after a candidate start to judge it. */
const CHECK_RECORDS = 8;
/** Candidate line starts tried before the first one is taken as it is. */
const MAX_TRIES = 64;

/**
 * Finds where a record of a CSV input most likely starts at or after `from`, without reading the
 * input from its beginning: the first line start (after an LF) whose next few records each have
 * `width` fields when read with RFC 4180 quoting and contain no quote in the middle of an unquoted
 * field (a line start inside a quoted field reads the closing quote as an opening one, and the
 * fields no longer line up), as DuckDB's parallel CSV reader checks a tentative boundary. The
 * answer is a guess: the parallel ingest proves it afterwards (the range before it must end in
 * a whole record) and reads the input in one go when it was wrong.
 *
 * Why: a byte range of a large file can then be handed to another thread.
 *
 * @param bytes - the input, or a window of it
 * @param from - first offset to consider (an LF just before it makes `from` itself a start)
 * @param width - fields per record (the header's)
 * @param delimiter - the field delimiter's byte
 * @param check - whether to check the records that follow (default true); false takes the first line start
 * @returns the offset of the record start, or -1 when no LF follows `from`
 */
export function findRecordStart(
  bytes: Uint8Array,
  from: number,
  width: number,
  delimiter: number,
  check = true,
): number {
  let p = bytes.indexOf(LF, Math.max(0, from - 1));
  if (p < 0) return -1;
  const first = p + 1;
  if (!check) return first;
  for (let tries = 0; tries < MAX_TRIES && p >= 0; tries++) {
    if (looksLikeRecords(bytes, p + 1, width, delimiter)) return p + 1;
    p = bytes.indexOf(LF, p + 1);
  }
  return first;
}

/** Whether the records from `start` each have `width` fields (blank lines skipped). */
function looksLikeRecords(bytes: Uint8Array, start: number, width: number, delimiter: number): boolean {
  const n = bytes.length;
  let fields = 1;
  let fieldStart = true;
  let quoted = false;
  let empty = true;
  let records = 0;
  let i = start;
  while (i < n && records < CHECK_RECORDS) {
    const c = bytes[i] as number;
    if (quoted) {
      if (c === QUOTE) {
        if (bytes[i + 1] === QUOTE) i++;
        else {
          quoted = false;
          const next = bytes[i + 1];
          if (next !== undefined && next !== delimiter && next !== LF && next !== CR) return false;
        }
      }
      i++;
      continue;
    }
    if (c === delimiter) {
      fields++;
      fieldStart = true;
      empty = false;
    } else if (c === LF || c === CR) {
      if (!empty) {
        if (fields !== width) return false;
        records++;
      }
      if (c === CR && bytes[i + 1] === LF) i++;
      fields = 1;
      fieldStart = true;
      empty = true;
    } else if (c === QUOTE) {
      if (!fieldStart) return false;
      quoted = true;
      empty = false;
      fieldStart = false;
    } else {
      fieldStart = false;
      if (c !== 32 && c !== 9) empty = false;
    }
    i++;
  }
  // the end of the input ends the last record
  if (i >= n && !quoted && !empty && fields === width) records++;
  return records > 0 && !(i >= n && quoted);
}
