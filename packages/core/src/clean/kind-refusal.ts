import type { Issue } from "../messages/issue.js";
import type { KindDetection } from "./detect-kind.js";

/**
 * The error to show when the kind of a file is not known: `clean.schema_not_detected` when no
 * header matched any kind, else `clean.kind_uncertain` naming the best candidates with their points,
 * the score and the threshold, and how to choose (`--schema`, `files[].kind`). Why: `clean`,
 * `init` and `report` refuse the same way, in the user's language, through the message catalogue.
 *
 * @param detection - what {@link detectKind} returned (its `kind` is expected to be `null`)
 * @param file - the file name, for the message
 * @returns an error issue with `params.best`, `params.candidates`, `params.score`, `params.threshold`, `params.file` when given
 * @example
 * kindRefusal(detectKind({ headers: ["foo"] })).code // => "clean.schema_not_detected"
 */
export function kindRefusal(detection: KindDetection, file?: string): Issue {
  const where: Record<string, string> = file === undefined ? {} : { file };
  if (detection.best === null || detection.candidates.length === 0) {
    return file === undefined
      ? { code: "clean.schema_not_detected", severity: "error" }
      : { code: "clean.schema_not_detected", severity: "error", params: where };
  }
  const candidates = detection.candidates
    .slice(0, 3)
    .map((c) => `${c.kind} (${c.points})`)
    .join(", ");
  const second = detection.candidates[1];
  const tie = second !== undefined && second.points === detection.candidates[0]?.points;
  return {
    code: "clean.kind_uncertain",
    severity: "error",
    params: {
      ...where,
      best: detection.best,
      candidates,
      score: detection.score,
      threshold: detection.threshold,
      tie: tie ? "yes" : "no",
    },
  };
}
