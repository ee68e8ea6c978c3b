// Drops the selectors with a relative :has() (":has(+ x)", ":has(> x)", ":has(~ x)") from the NL Design System CSS
// this build copies into the jar. Browsers support them; HtmlUnit, the browser of Keycloak's test framework that the
// end-to-end tests drive, throws a NullPointerException on any page that loads one (HtmlUnit 4.20), so no button
// could be clicked. The rules affected only tune margins between blocks inside .utrecht-rich-text, which Namens
// does not use. A rule left without selectors is dropped; nothing else changes. Usage: node strip-relative-has.mjs FILE...
import { readFileSync, writeFileSync } from "node:fs";

const RELATIVE_HAS = /:has\(\s*[+>~]/;

function splitSelectors(list) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const ch of list) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

for (const file of process.argv.slice(2)) {
  const css = readFileSync(file, "utf8");
  let dropped = 0;
  // a leaf rule: a selector list and a body without braces (rules inside @media blocks included)
  const out = css.replace(/([^{}]+)\{([^{}]*)\}/g, (rule, selectors, body) => {
    if (!RELATIVE_HAS.test(selectors) || selectors.trim().startsWith("@")) {
      return rule;
    }
    const kept = splitSelectors(selectors).filter((s) => !RELATIVE_HAS.test(s));
    dropped += splitSelectors(selectors).length - kept.length;
    return kept.length === 0 ? "" : `${kept.join(",")}{${body}}`;
  });
  if (RELATIVE_HAS.test(out)) {
    console.error(`${file}: a relative :has() is left`);
    process.exit(1);
  }
  writeFileSync(file, out);
  console.log(`${file}: ${dropped} selector(s) with a relative :has() dropped`);
}
