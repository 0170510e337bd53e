// The shipped CLI is bundled ES modules, dist/cli/causeway.mjs and its chunks in dist/cli/chunks/,
// built by esbuild from cli/main.ts with every library inside, so that `causeway` starts in plain Node
// with no TypeScript on the way. Code splitting keeps what only some commands need (the report
// writers with docx and write-excel-file, behind dynamic imports) in chunks that other commands never
// read, so they start without parsing it. Beside them, a manifest records the size and modification
// time of each source file that went in.
// bin/causeway.js asks `ensureCliBundle` before each run: in a checkout where someone has edited
// cli/, node/ or models/ since the last build (or pulled, or switched branch), the bundle is rebuilt
// first, so the command always runs the sources as they are. The check is a few dozen stat calls.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE_NAME = 'causeway.mjs';
const MANIFEST_NAME = 'inputs.json';
const CHUNKS = 'chunks';
/**
 * Chunks of an earlier build are removed only once this old: a command started just before a rebuild
 * may still import its chunks (they are named by content hash, so a new build never overwrites them).
 */
const OLD_CHUNK_MS = 10 * 60 * 1000;
/** Not imported, but a change to them (a dependency bumped) changes what the bundle holds. */
const ALSO_WATCHED = ['package.json', 'package-lock.json'];

export function cliPaths(root = ROOT, outDir = join(root, 'dist', 'cli')) {
  return { root, outDir, bundle: join(outDir, BUNDLE_NAME), manifest: join(outDir, MANIFEST_NAME) };
}

function stamp(path) {
  const st = statSync(path);
  return [st.size, st.mtimeMs];
}

/**
 * 'current' when the bundle exists and every file it was built from is as it was then; 'stale' when
 * one changed or disappeared; 'missing' when there is no bundle (or no manifest) yet.
 */
export function bundleState(paths = cliPaths()) {
  let manifest;
  try {
    statSync(paths.bundle);
    manifest = JSON.parse(readFileSync(paths.manifest, 'utf8'));
  } catch {
    return 'missing';
  }
  for (const [file, [size, mtimeMs]] of Object.entries(manifest.inputs ?? {})) {
    try {
      const [nowSize, nowMtime] = stamp(join(paths.root, file));
      if (nowSize !== size || nowMtime !== mtimeMs) return 'stale';
    } catch {
      return 'stale';
    }
  }
  return 'current';
}

/** Writes `data` to `path` through a temporary and a rename, so a concurrent run never reads half a file. */
function writeAtomically(path, data) {
  const temp = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/**
 * `import text from './FILE?raw'` gives the file's text, as Vite does for the renderer and under test:
 * the report quotes the README's method note, which must travel inside the bundle (dist/cli/ has no
 * README beside it). The import resolves in this plugin's namespace, named in the metafile inputs.
 */
const RAW_NAMESPACE = 'raw-text';
const rawText = {
  name: RAW_NAMESPACE,
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: RAW_NAMESPACE,
    }));
    build.onLoad({ filter: /.*/, namespace: RAW_NAMESPACE }, (args) => ({
      contents: readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** esbuild's options for the CLI (the bundle test reads the module graph they make). */
export function cliBuildOptions(paths = cliPaths()) {
  return {
    // Input paths in the metafile are then relative to the checkout, wherever causeway runs from.
    absWorkingDir: paths.root,
    entryPoints: { [basename(paths.bundle, '.mjs')]: join(paths.root, 'cli', 'main.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    metafile: true,
    write: false,
    outdir: paths.outDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    logLevel: 'silent',
    plugins: [rawText],
  };
}

/** Builds the bundle and its manifest. Throws esbuild's error (with file and line) if a source does not compile. */
export async function buildCli(paths = cliPaths()) {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const result = await build(cliBuildOptions(paths));
  const endedAt = Date.now();
  const inputs = {};
  for (const input of [...Object.keys(result.metafile.inputs), ...ALSO_WATCHED]) {
    // A file read as text is named with the plugin's namespace: it is watched like any source.
    const file = relative(paths.root, resolve(paths.root, input.replace(`${RAW_NAMESPACE}:`, '')));
    if (file.startsWith('node_modules') || file.startsWith('..') || !existsSync(join(paths.root, file))) continue;
    const [size, mtimeMs] = stamp(join(paths.root, file));
    // Edited while the build ran: the bundle may hold the older text, so record it as out of date.
    inputs[file] = [size, mtimeMs >= startedAt && mtimeMs <= endedAt ? -1 : mtimeMs];
  }
  // Chunks first, the entry that imports them next, the manifest that calls them current last: a
  // command starting meanwhile runs either the old entry with its old chunks or the new one complete.
  const entry = result.outputFiles.find((f) => resolve(f.path) === resolve(paths.bundle));
  if (!entry) throw new Error(`esbuild wrote no ${paths.bundle}.`);
  const chunks = result.outputFiles.filter((f) => f !== entry);
  mkdirSync(join(paths.outDir, CHUNKS), { recursive: true });
  for (const chunk of chunks) writeAtomically(chunk.path, chunk.contents);
  writeAtomically(paths.bundle, entry.contents);
  writeAtomically(paths.manifest, `${JSON.stringify({ inputs })}\n`);
  removeOldChunks(paths, new Set(chunks.map((c) => resolve(c.path))));
  return paths.bundle;
}

/** Chunks no current build refers to, once they are old enough that no running command needs them. */
function removeOldChunks(paths, current) {
  const dir = join(paths.outDir, CHUNKS);
  for (const name of readdirSync(dir)) {
    const path = resolve(dir, name);
    if (current.has(path)) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > OLD_CHUNK_MS) rmSync(path, { force: true });
    } catch {
      // Removed by a concurrent build: nothing to do.
    }
  }
}

/** The path of a bundle built from the current sources, building it first if needed. */
export async function ensureCliBundle(paths = cliPaths()) {
  if (bundleState(paths) !== 'current') await buildCli(paths);
  return paths.bundle;
}
