import { z } from "zod";
import { ReportConfig } from "./report-config.js";

/**
 * The JSON Schema of `solidata.config.json`, generated from the zod schema that validates it.
 *
 * Why: editors (VS Code, JetBrains, yaml-language-server) complete and check the file as it is
 * typed. The copy shipped in `schema/config.schema.json` is kept equal to this by a test.
 *
 * @returns a JSON Schema (draft 2020-12) describing the file as a user writes it
 * @example
 * configJsonSchema().type // => "object"
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReportConfig, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://solidata.org/schema/config.schema.json",
    title: "solidata configuration",
    description: "Configuration of `solidata report`: organisation, period, files, privacy and sections.",
  };
}
