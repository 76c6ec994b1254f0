// Rewrites the marked block of the README that holds the measures, leaving the rest as it is.
export const START = '<!-- measure:start -->';
export const END = '<!-- measure:end -->';

export function replaceBlock(readme: string, block: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README has no ${START} … ${END} block`);
  return `${readme.slice(0, start + START.length)}\n${block.trim()}\n${readme.slice(end)}`;
}
