#!/usr/bin/env node
// Entry point for `npx causeway`: runs the TypeScript CLI through tsx so that the
// checkout needs no build step. Errors inside the CLI are turned into sentences there.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
