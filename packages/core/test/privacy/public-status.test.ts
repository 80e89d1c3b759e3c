import { publicStatus, SuppressionRule } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("publicStatus", () => {
  it("gives one status to every rule", () => {
    for (const rule of Object.values(SuppressionRule)) expect(publicStatus(rule)).toBe("suppressed");
    expect(publicStatus("ok")).toBe("ok");
    expect(publicStatus(undefined)).toBe("suppressed");
  });
});
