import { IdentityKind, isIdentityKind } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("isIdentityKind", () => {
  it("accepts the kinds of identity field and nothing else", () => {
    for (const kind of Object.values(IdentityKind)) expect(isIdentityKind(kind)).toBe(true);
    expect(isIdentityKind("first_name")).toBe(true);
    expect(isIdentityKind("hours")).toBe(false);
    expect(isIdentityKind("toString")).toBe(false);
    expect(isIdentityKind(undefined)).toBe(false);
  });
});
