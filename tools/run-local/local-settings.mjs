// Reads the "Values" of a Core Tools local.settings.json and prints them as NUL-terminated KEY=VALUE pairs, which
// run-local.sh passes to the standalone app as environment variables (keys may use ':' or '__').
// The settings that would switch the app into custom-handler mode are left out: run-local runs it standalone.
// Usage: node tools/run-local/local-settings.mjs <file>      (exit 1 with a message when the file is not valid)
import { readFileSync } from "node:fs";

const file = process.argv[2];
let settings;
try {
  settings = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
} catch (error) {
  console.error(`${file} is not valid JSON: ${error.message}`);
  process.exit(1);
}

const values = settings?.Values;
if (values === undefined) {
  process.exit(0);
}

if (values === null || typeof values !== "object" || Array.isArray(values)) {
  console.error(`${file}: "Values" must be an object of settings`);
  process.exit(1);
}

const hostOnly = new Set(["FUNCTIONS_CUSTOMHANDLER_PORT", "FUNCTIONS_HTTPWORKER_PORT"]);
for (const [key, value] of Object.entries(values)) {
  if (value === null || hostOnly.has(key.toUpperCase())) {
    continue;
  }

  if (key.includes("=") || key.includes("\0")) {
    console.error(`${file}: the setting name "${key}" cannot be an environment variable`);
    process.exit(1);
  }

  process.stdout.write(`${key}=${typeof value === "string" ? value : JSON.stringify(value)}\0`);
}
