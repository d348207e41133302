// Seeds the demo into a running emulator through its developer endpoint POST /_emulator/streams (no signing needed):
// one stream that was live from 3 h ago to 1 h ago, and one that went live 25 minutes ago and is still live.
// Usage: node tools/run-local/seed.mjs <emulator base URL> <DomainName> <AppName>
// Prints a line per session, then KEY=VALUE lines (DEMO_START, DEMO_END, DEMO_HOUR_START, DEMO_HOUR_END, WINDOW_START,
// WINDOW_END) that run-local.sh uses in the example calls it prints.
const [base, domain, app] = process.argv.slice(2);
if (!base || !domain || !app) {
  console.error("usage: node seed.mjs <emulator base URL> <DomainName> <AppName>");
  process.exit(2);
}

const minute = 60_000;
const hour = 60 * minute;
const now = Math.floor(Date.now() / minute) * minute;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

const sessions = [
  { DomainName: domain, AppName: app, StreamName: "demo", StartTime: iso(now - 3 * hour), EndTime: iso(now - hour) },
  { DomainName: domain, AppName: app, StreamName: "demo-live", StartTime: iso(now - 25 * minute) },
];

let failed = false;
for (const session of sessions) {
  const response = await fetch(`${base}/_emulator/streams`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(session),
  });
  const text = await response.text();
  const until = session.EndTime ? `until ${session.EndTime}` : "still live";
  if (response.status === 201) {
    console.log(`seeded: ${domain}/${app}/${session.StreamName} from ${session.StartTime} ${until}`);
  } else if (response.status === 409) {
    console.log(`already there: ${domain}/${app}/${session.StreamName} (${text})`);
  } else {
    console.error(`seeding ${session.StreamName} failed: HTTP ${response.status} ${text}`);
    failed = true;
  }
}

// The first full hour of the finished session, for the record-index-files example; a window 1-3 h ahead for ICE.
const firstHour = Math.ceil((now - 3 * hour) / hour) * hour;
console.log(`DEMO_START=${sessions[0].StartTime}`);
console.log(`DEMO_END=${sessions[0].EndTime}`);
console.log(`DEMO_HOUR_START=${iso(firstHour)}`);
console.log(`DEMO_HOUR_END=${iso(firstHour + hour)}`);
console.log(`WINDOW_START=${iso(now + hour)}`);
console.log(`WINDOW_END=${iso(now + 3 * hour)}`);
process.exit(failed ? 1 : 0);
