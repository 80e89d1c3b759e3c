/**
 * An output that cannot be written: the path and the system's reason (`ENOSPC`, `EACCES`, `EROFS`…).
 * The commands turn it into exit code 7 with a message naming the path.
 */
export class OutputError extends Error {
  readonly path: string;
  readonly reason: string;
  constructor(path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = "OutputError";
    this.path = path;
    this.reason = reason;
  }
}

/** The short reason of a file-system error: its code (`ENOSPC`) and, when known, its description. */
export function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const code = typeof e?.code === "string" ? e.code : "";
  const described = DESCRIPTIONS[code];
  if (code && described) return `${code}, ${described}`;
  return code || (error instanceof Error ? error.message : String(error));
}

const DESCRIPTIONS: Record<string, string> = {
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOTDIR: "not a folder",
  EISDIR: "is a folder",
  EEXIST: "already exists",
};
