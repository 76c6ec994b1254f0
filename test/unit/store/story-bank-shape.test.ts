// Saving again updates the same story; titles are whole words with no stored ellipsis; tags are tidy.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStories, saveCoachedStory, sameStory, updateStory, type NewStory } from '@/lib/store/stories';
import { cleanTags, cleanTitle, readStory, trimAtWord } from '@/lib/store/story-shape';

const origin = { site: 'prep.example.test', label: 'Tell me about a production incident you handled', story: '#0' };
const draft: NewStory = {
  title: 'Webhook failures',
  question: 'production-incident',
  text: 'I noticed 0.3% of webhooks failing. I fixed the retry loop. Failures dropped to zero.',
  outcome: 'Failures dropped to zero.',
  words: 16,
  seconds: 7,
  checklist: [],
  origin,
};

beforeEach(() => fakeBrowser.reset());

describe('saving an answer again', () => {
  it('updates the story saved from the same answer of the same field, keeping its id and save date', async () => {
    const first = await saveCoachedStory(draft, 1);
    const edited = { ...draft, text: `${draft.text} I added an alert on failed deliveries.`, tags: ['payments'] };
    const again = await saveCoachedStory(edited, 2);
    expect(again.updated).toBe(true);
    expect(again.story).toMatchObject({ id: first.story.id, savedAt: 1, updatedAt: 2, text: edited.text, tags: ['payments'] });
    expect(await readStories()).toHaveLength(1);
  });

  it('updates on the same text from anywhere, and adds a different answer of the same field', async () => {
    await saveCoachedStory(draft, 1);
    expect((await saveCoachedStory({ ...draft, origin: undefined, text: `  ${draft.text}\n` }, 2)).updated).toBe(true);
    const other = await saveCoachedStory({ ...draft, title: 'Mentoring', text: 'I paired with Sam every week until she led the migration herself.' }, 3);
    expect(other.updated).toBe(false);
    expect(await readStories()).toHaveLength(2);
  });

  it('matches an answer under the same heading however much it changed, and adds when asked to', async () => {
    const titled = { ...draft, origin: { ...origin, story: 'Tell me about an outage' } };
    await saveCoachedStory(titled, 1);
    expect(sameStory(await readStories(), { ...titled, text: 'Completely rewritten.' })).toBeDefined();
    expect((await saveCoachedStory(titled, 2, true)).updated).toBe(false);
    expect(await readStories()).toHaveLength(2);
  });

  it('edits a story in place', async () => {
    const { story } = await saveCoachedStory(draft, 1);
    await updateStory(story.id, { title: 'Retry loop', tags: ['ownership'], question: 'ownership' }, 5);
    expect((await readStories())[0]).toMatchObject({ title: 'Retry loop', tags: ['ownership'], question: 'ownership', updatedAt: 5 });
  });
});

describe('titles and tags', () => {
  it('cuts titles at a word, never storing an ellipsis', () => {
    expect(trimAtWord('Our payment webhooks started failing silently', 30)).toBe('Our payment webhooks started');
    expect(cleanTitle('In my second year on the checkout team…')).toBe('In my second year on the checkout team');
    expect(cleanTitle('Trailing dots...')).toBe('Trailing dots');
  });

  it('reads older stories: drops the stored ellipsis, adds empty tags', () => {
    const old = readStory({ id: 'a', title: 'The outage at…', question: 'failure', text: 'I broke it.' }, 0);
    expect(old).toMatchObject({ title: 'The outage at', tags: [] });
  });

  it('keeps tags trimmed, without repeats, a few at most', () => {
    expect(cleanTags(' ownership, payments ,Ownership,, ')).toEqual(['ownership', 'payments']);
    expect(cleanTags(Array.from({ length: 20 }, (_, i) => `t${i}`))).toHaveLength(12);
    expect(cleanTags(42)).toEqual([]);
  });
});
