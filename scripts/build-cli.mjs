// Builds the command line (lib/cli.ts) into one plain JavaScript file, so `star-coach` starts
// without compiling TypeScript: dist/star-coach.mjs. Run by `npm install` (postinstall) and, when
// the sources are newer than the build, by bin/star-coach.mjs itself.
import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILT_CLI = join(ROOT, 'dist', 'star-coach.mjs');

// The command line requires compromise on first use instead of bundling it (see compromise-loader.node.ts).
const nodeCompromise = {
  name: 'node-compromise',
  setup(build) {
    build.onResolve({ filter: /\/compromise-loader$/ }, (args) => ({ path: join(args.resolveDir, 'compromise-loader.node.ts') }));
  },
};

/** Bundles the CLI to `outfile` (written to a temporary name, then renamed: never half a file).
 * `npm run measure -- --verify` bundles the engine alone the same way (`entry`). */
export async function buildCli(outfile = BUILT_CLI, entry = join(ROOT, 'lib/cli.ts')) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    legalComments: 'none',
    outfile: temporary,
    logLevel: 'error',
    plugins: [nodeCompromise],
  });
  renameSync(temporary, outfile);
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
