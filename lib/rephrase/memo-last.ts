// Remembers a function's result for the last argument: a rule asks about the same story once per
// flagged sentence, and the story can be long.
export function memoLast<T>(fn: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastValue: T;
  return (text) => {
    if (text !== lastText) {
      lastValue = fn(text);
      lastText = text;
    }
    return lastValue;
  };
}
