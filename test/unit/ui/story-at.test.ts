import { describe, expect, it } from 'vitest';
import { coachedStoryIndex } from '../../../lib/ui/story-at';

const stories = [
  { start: 0, end: 100 },
  { start: 100, end: 250 },
  { start: 250, end: 400 },
];

describe('which story the panel coaches', () => {
  it('follows the caret into the story being typed', () => {
    expect(coachedStoryIndex(stories, null, 180)).toBe(1);
    expect(coachedStoryIndex(stories, null, 399)).toBe(2);
  });
  it('keeps the story the user picked, whatever the caret', () => {
    expect(coachedStoryIndex(stories, 2, 10)).toBe(2);
    expect(coachedStoryIndex(stories, 9, 10)).toBe(2);
  });
  it('starts at the first story when the caret is unknown or there is nothing yet', () => {
    expect(coachedStoryIndex(stories, null, undefined)).toBe(0);
    expect(coachedStoryIndex([], null, 5)).toBe(0);
  });
});
