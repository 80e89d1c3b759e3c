import { cellKey, PrivacyError } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("cellKey", () => {
  it("is the sum of the record keys modulo 256", () => {
    // python3 -c "print((200+100+7)%256)" -> 51
    expect(cellKey([200, 100, 7])).toBe(51);
    expect(cellKey([])).toBe(0);
    expect(cellKey(new Set([255, 1]))).toBe(0);
  });
  it("does not depend on the order of the records", () => {
    expect(cellKey([9, 250, 31])).toBe(cellKey([31, 9, 250]));
  });
  it("refuses keys outside 0..255", () => {
    expect(() => cellKey([256])).toThrow(PrivacyError);
    expect(() => cellKey([1.5])).toThrow(PrivacyError);
  });
});
