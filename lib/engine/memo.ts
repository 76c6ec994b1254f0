// Pure text tests that several rules run on the same sentences are computed once per story.
// Every memo is emptied before each story, so memory stays small and a repeated sentence in
// another story is judged afresh, exactly as a cold analysis would.
const memos = new Set<Map<string, unknown>>();
// A bound for callers outside a story analysis, which never empty the memo.
const MAX_ENTRIES = 5000;

export function memoByText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  memos.add(cache);
  return (text) => {
    if (cache.has(text)) return cache.get(text) as T;
    const value = fn(text);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** Called by the engine before each story. */
export function forgetMemos(): void {
  for (const cache of memos) cache.clear();
}
