import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { END, replaceBlock, START } from '../../../scripts/measure/readme-block';

describe('the README measures block', () => {
  it('is rewritten between its markers and nowhere else', () => {
    const readme = `# T\n\nbefore\n${START}\nold table\n${END}\nafter\n`;
    expect(replaceBlock(readme, '| new |\n')).toBe(`# T\n\nbefore\n${START}\n| new |\n${END}\nafter\n`);
    expect(replaceBlock(replaceBlock(readme, 'x'), 'x')).toBe(replaceBlock(readme, 'x'));
  });

  it('is refused when the markers are missing', () => {
    expect(() => replaceBlock('# T\n', 'x')).toThrow(/measure:start/);
  });

  it('exists once in the README', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    expect(readme.split(START).length).toBe(2);
    expect(readme.split(END).length).toBe(2);
    expect(readme.indexOf(START)).toBeLessThan(readme.indexOf(END));
  });
});
