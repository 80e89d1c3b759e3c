import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { OutputError, reasonOf } from "./output-error.js";
import { pendingOutputs } from "./pending-outputs.js";

/** The name of the manifest every output folder ends with. */
export const MANIFEST = "manifest.json";

/** The mark of a temporary output file, at the end of its name. */
export const TEMP_SUFFIX = ".solidata-tmp";

/** Writes a temporary file from chunks of text; injected by tests to simulate a full disk. */
export type OutputWriter = (
  path: string,
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
) => Promise<void>;

/** One file of a manifest. */
export interface ManifestFile {
  /** path inside the folder, with `/` */
  name: string;
  bytes: number;
  sha256: string;
  /** data rows, for tables */
  rows?: number;
}

/** What `manifest.json` holds. */
export interface Manifest {
  complete: boolean;
  command: string;
  files: ManifestFile[];
}

/** What was found of a previous run in the folder, before this run writes anything. */
export type PreviousOutput =
  | { state: "none" }
  | { state: "complete" }
  | { state: "interrupted"; temporary: string[] }
  | { state: "no-manifest"; files: string[] }
  | { state: "mismatch"; files: string[] };

/** Options of {@link openOutputFolder}. */
export interface OutputFolderOptions {
  /** the command writing (recorded in the manifest) */
  command: string;
  /** the files this command writes, to tell a previous output without a manifest */
  expect: readonly string[];
  /** the writer of temporary files (tests inject a failing one); default: the file system */
  writer?: OutputWriter | undefined;
}

/** An output folder being written: files go to temporary names, {@link OutputFolder.commit} makes them visible. */
export interface OutputFolder {
  readonly dir: string;
  readonly previous: PreviousOutput;
  /** writes one file under a temporary name; returns its final path */
  write: (
    name: string,
    content: string | Uint8Array | Iterable<string> | AsyncIterable<string>,
    rows?: number | (() => number),
  ) => Promise<string>;
  /** renames every temporary file to its name, then writes `manifest.json` last */
  commit: () => Promise<string[]>;
  /** removes every temporary file of this run */
  abort: () => Promise<void>;
}

/**
 * Opens a folder for atomic output: each file is written to a temporary name in the same folder,
 * `commit` renames them when all are complete, and a `manifest.json` (files, bytes, row counts,
 * SHA-256) is written last. Before anything is written it looks at what a previous run left:
 * temporary files (an interrupted run), output files without a manifest, or files whose hash does
 * not match the manifest.
 *
 * Why: a killed run or a full disk must never leave a `clean.csv` cut at a whole line that looks
 * complete; the manifest is the proof that a folder is whole.
 *
 * @param dir - the folder (created when missing)
 * @param options - the command, the files it writes, an optional writer
 * @returns the folder, with what was found of a previous run
 * @throws OutputError naming the path and the reason when the folder cannot be created or written
 * @example
 * const out = await openOutputFolder("out", { command: "clean", expect: ["clean.csv"] });
 * await out.write("clean.csv", "a\n1\n", 1);
 * await out.commit() // => ["out/clean.csv", "out/manifest.json"]
 */
export async function openOutputFolder(dir: string, options: OutputFolderOptions): Promise<OutputFolder> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new OutputError(dir, reasonOf(error));
  }
  const writer = options.writer ?? writeToDisk;
  const previousManifest = await readManifest(dir);
  const previous = await inspectPrevious(dir, options.expect, previousManifest);
  if (previous.state === "interrupted") {
    for (const name of previous.temporary) await unlink(join(dir, name)).catch(() => undefined);
  }
  const staged: { name: string; temp: string; entry: ManifestFile }[] = [];
  const tag = `.${process.pid}.${Math.random().toString(36).slice(2, 8)}${TEMP_SUFFIX}`;

  const abort = async (): Promise<void> => {
    for (const s of staged.splice(0)) {
      await unlink(s.temp).catch(() => undefined);
      pendingOutputs.delete(s.temp);
    }
  };

  const write: OutputFolder["write"] = async (name, content, rows) => {
    const path = join(dir, name);
    const temp = join(dirname(path), `.${name.split("/").pop()}${tag}`);
    const hash = createHash("sha256");
    let bytes = 0;
    async function* measured(): AsyncGenerator<string | Uint8Array> {
      const source = typeof content === "string" || content instanceof Uint8Array ? [content] : content;
      for await (const chunk of source) {
        if (typeof chunk === "string") {
          hash.update(chunk, "utf8");
          bytes += Buffer.byteLength(chunk, "utf8");
        } else {
          hash.update(chunk);
          bytes += chunk.byteLength;
        }
        yield chunk;
      }
    }
    try {
      await mkdir(dirname(path), { recursive: true });
      pendingOutputs.add(temp);
      const entry: ManifestFile = { name, bytes: 0, sha256: "" };
      staged.push({ name, temp, entry });
      await writer(temp, measured());
      entry.bytes = bytes;
      entry.sha256 = hash.digest("hex");
      // a streamed table knows its rows once written: `rows` may be read then
      if (rows !== undefined) entry.rows = typeof rows === "function" ? rows() : rows;
    } catch (error) {
      await abort();
      throw error instanceof OutputError ? error : new OutputError(path, reasonOf(error));
    }
    return path;
  };

  const commit = async (): Promise<string[]> => {
    const manifestPath = join(dir, MANIFEST);
    const written: string[] = [];
    try {
      // the old manifest goes first: from here until the new one, the folder reads as incomplete
      await unlink(manifestPath).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "ENOENT") throw error;
      });
      for (const s of staged) {
        await rename(s.temp, join(dir, s.name));
        pendingOutputs.delete(s.temp);
        written.push(join(dir, s.name));
      }
    } catch (error) {
      await abort();
      throw new OutputError(dir, reasonOf(error));
    }
    const names = new Set(staged.map((s) => s.name));
    const kept =
      previous.state === "complete" && previousManifest ? previousManifest.files.filter((f) => !names.has(f.name)) : [];
    const manifest: Manifest = {
      complete: true,
      command: options.command,
      files: [...kept, ...staged.map((s) => s.entry)].sort((a, b) => (a.name < b.name ? -1 : 1)),
    };
    staged.length = 0;
    const temp = join(dir, `.${MANIFEST}${tag}`);
    try {
      pendingOutputs.add(temp);
      await writer(temp, [`${JSON.stringify(manifest, null, 2)}\n`]);
      await rename(temp, manifestPath);
      pendingOutputs.delete(temp);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      pendingOutputs.delete(temp);
      throw new OutputError(manifestPath, reasonOf(error));
    }
    written.push(manifestPath);
    return written;
  };

  return { dir, previous, write, commit, abort };
}

/** Writes chunks to a new file, in 1 MiB blocks, then flushes it to disk. */
async function writeToDisk(
  path: string,
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): Promise<void> {
  const handle = await open(path, "w");
  try {
    let block: string[] = [];
    let size = 0;
    for await (const chunk of chunks) {
      if (typeof chunk !== "string") {
        // bytes (a workbook) go out as they are, after the text gathered so far
        if (size > 0) await handle.write(block.join(""));
        block = [];
        size = 0;
        await handle.write(chunk);
        continue;
      }
      block.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) {
        await handle.write(block.join(""));
        block = [];
        size = 0;
      }
    }
    if (size > 0) await handle.write(block.join(""));
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function readManifest(dir: string): Promise<Manifest | null> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, MANIFEST), "utf8")) as Manifest;
    return Array.isArray(parsed.files) ? parsed : { complete: false, command: "", files: [] };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    return { complete: false, command: "", files: [] };
  }
}

async function inspectPrevious(
  dir: string,
  expect: readonly string[],
  manifest: Manifest | null,
): Promise<PreviousOutput> {
  const folders = new Set([".", ...[...expect, ...(manifest?.files.map((f) => f.name) ?? [])].map(folderOf)]);
  const temporary: string[] = [];
  for (const folder of folders) {
    for (const name of await listFiles(join(dir, folder))) {
      if (name.endsWith(TEMP_SUFFIX)) temporary.push(folder === "." ? name : `${folder}/${name}`);
    }
  }
  if (temporary.length > 0) return { state: "interrupted", temporary };
  if (manifest === null) {
    const present: string[] = [];
    for (const name of expect) if (await exists(join(dir, name))) present.push(name);
    return present.length > 0 ? { state: "no-manifest", files: present } : { state: "none" };
  }
  const bad: string[] = [];
  if (!manifest.complete) bad.push(MANIFEST);
  for (const file of manifest.files) {
    if (!(await matches(join(dir, file.name), file))) bad.push(file.name);
  }
  return bad.length > 0 ? { state: "mismatch", files: bad } : { state: "complete" };
}

function folderOf(name: string): string {
  const at = name.lastIndexOf("/");
  return at < 0 ? "." : name.slice(0, at);
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function matches(path: string, file: ManifestFile): Promise<boolean> {
  try {
    const info = await stat(path);
    if (info.size !== file.bytes) return false;
    const hash = createHash("sha256");
    const handle = await open(path, "r");
    try {
      for await (const chunk of handle.createReadStream()) hash.update(chunk as Buffer);
    } finally {
      await handle.close().catch(() => undefined);
    }
    return hash.digest("hex") === file.sha256;
  } catch {
    return false;
  }
}
