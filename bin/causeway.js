#!/usr/bin/env node
// Entry point for `npx causeway`: runs the bundled CLI (dist/cli/causeway.mjs, plain JavaScript, built
// by `npm ci` through the `prepare` script). A bundle older than the sources in this checkout is
// rebuilt first, so the command always runs the code as it is. Errors inside the CLI are turned into
// sentences there.
import { ensureCliBundle } from '../scripts/cliBundle.mjs';

let bundle;
try {
  bundle = await ensureCliBundle();
} catch (e) {
  const why = e instanceof Error ? e.message : String(e);
  process.stderr.write(`causeway could not be built from this checkout's sources (${why}). Run "npm ci", then try again.\n`);
  process.exit(2);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
