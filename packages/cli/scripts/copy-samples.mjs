// Copies the sample CSV files of the repository into the package (datasets/samples/<lang>/),
// so `solidata demo` works from an installed package. Run by `prepack`.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
for (const lang of ["fr", "en"]) {
  const from = join(here, "..", "..", "..", "datasets", "samples", lang);
  const to = join(here, "..", "datasets", "samples", lang);
  if (!existsSync(from)) throw new Error(`copy-samples: needs the repository's samples in ${from}`);
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from).filter((f) => f.endsWith(".csv")))
    copyFileSync(join(from, file), join(to, file));
}
