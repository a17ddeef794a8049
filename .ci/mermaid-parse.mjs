// Parses Mermaid files with Mermaid's own grammar: `node mermaid-parse.mjs FILE...`, run from
// a folder where `npm install mermaid@11.17.2 jsdom@29.1.1` was done (.ci/run does this).
// Exits 1 naming the first file that does not parse; checks that every task's score is a
// whole number from 1 to 5 (Mermaid itself does not).
import { JSDOM } from "jsdom";
import { readFileSync } from "node:fs";

const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>", { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
for (const name of ["navigator", "Element", "HTMLElement", "SVGElement", "DOMParser", "getComputedStyle"]) {
  if (!(name in globalThis)) {
    Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true });
  }
}
const mermaid = (await import("mermaid")).default;
mermaid.initialize({ startOnLoad: false });

let tasks = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, "utf8");
  try {
    await mermaid.parse(text);
  } catch (error) {
    console.error(`${file}: does not parse: ${error.message ?? error}`);
    process.exit(1);
  }
  for (const line of text.split("\n").filter((l) => l.startsWith("      "))) {
    const score = line.trim().split(": ")[1];
    if (!/^[1-5]$/.test(score)) {
      console.error(`${file}: a score that is not a whole number from 1 to 5: ${line}`);
      process.exit(1);
    }
    tasks += 1;
  }
}
console.log(`${process.argv.length - 2} Mermaid journeys parse (${tasks} tasks scored 1..5)`);
