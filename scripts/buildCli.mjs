#!/usr/bin/env node
// `npm run build:cli`, and `prepare` (which `npm ci` and `npm install` run): bundles the CLI into
// dist/cli/causeway.mjs (see cliBundle.mjs). Without esbuild (an install that left out the
// development tools) there is nothing to build with: say so and leave the install alone.
import { buildCli, cliPaths } from './cliBundle.mjs';

try {
  await import('esbuild');
} catch {
  console.warn('causeway: esbuild is not installed, so the CLI bundle was not built; run "npm ci" to build it.');
  process.exit(0);
}
try {
  const bundle = await buildCli(cliPaths());
  console.log(`Built the causeway CLI: ${bundle}`);
} catch (e) {
  console.error(`causeway: the CLI could not be built.\n${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
