import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium, as the report's browser test uses it. */
export const CHROMIUM = "/usr/bin/chromium";
/** Whether Debian's Chromium is installed here. */
export const hasChromium = existsSync(CHROMIUM);

const ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** What a page did while it was open: console messages (CSP violations among them), requests, dialogs, errors. */
export interface Visit {
  consoleMessages: string[];
  requests: string[];
  dialogs: string[];
  pageErrors: string[];
}

/** Starts headless Chromium (the caller closes it). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/**
 * Writes `html` to `dir/name`, opens it from file:// and records everything the page did, the
 * browser's own log included (where Chromium reports CSP violations).
 */
export async function openInChromium(
  browser: Browser,
  dir: string,
  name: string,
  html: string,
): Promise<{ visit: Visit; page: Page; url: string }> {
  const file = join(dir, name);
  await writeFile(file, html, "utf8");
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
  const page = await context.newPage();
  const visit: Visit = { consoleMessages: [], requests: [], dialogs: [], pageErrors: [] };
  page.on("console", (m) => visit.consoleMessages.push(`${m.type()}: ${m.text()}`));
  page.on("request", (r) => visit.requests.push(r.url()));
  page.on("pageerror", (e) => visit.pageErrors.push(e.message));
  page.on("dialog", async (d) => {
    visit.dialogs.push(d.message());
    await d.dismiss();
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Log.enable");
  cdp.on("Log.entryAdded", (e: { entry: { level: string; text: string } }) => {
    visit.consoleMessages.push(`log ${e.entry.level}: ${e.entry.text}`);
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(300);
  return { visit, page, url };
}
