// The longest text coached, in UTF-16 units (~30,000 words, far beyond any prep doc). Longer text
// is cut to this length by every caller (the background and the CLI), which says so, so that
// a pasted archive never stalls the coach.
export const MAX_TEXT_CHARS = 200_000;
