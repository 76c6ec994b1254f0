// Size of every file of the Chrome build, raw and gzipped; builds first when there is no build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

export function measureBundles(root: string): BundleFile[] {
  const dir = join(root, '.output/chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  return filesUnder(dir)
    .map((path) => {
      const content = readFileSync(path);
      return { file: relative(dir, path), bytes: content.length, gzipBytes: gzipSync(content).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
