// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to
// machine code on a later run, unless the text is long: then it compiles it at once. The rules'
// large word-list patterns meet only short sentences, so each was compiled twice and its first
// run interpreted, which was most of the first analysis after the worker started. Running such a
// pattern once on a long blank text compiles it straight to machine code, once (about a third of
// the cost); the result of that run is thrown away. That is done when rules first run, not when
// the modules load: a worker that starts for a text with nothing to check (not a story yet, not
// English) or only to show a stored report never pays for it.
const LONG_BLANK = ' '.repeat(1024);
const pending: RegExp[] = [];

/** The pattern, to be compiled to machine code before rules first run. For the large patterns only. */
export function precompiled<T extends RegExp>(pattern: T): T {
  pending.push(pattern);
  return pattern;
}

/** Compiles every pattern registered so far (once each). */
export function compilePending(): void {
  for (const pattern of pending.splice(0)) {
    pattern.test(LONG_BLANK);
    pattern.lastIndex = 0;
  }
}
