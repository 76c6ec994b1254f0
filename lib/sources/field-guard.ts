// Which fields may never be read (SPEC §7): secrets, payment data, one-time codes and hidden fields.

const SECRET_AUTOCOMPLETE = /\b(cc-[a-z-]+|one-time-code|current-password|new-password)\b/i;
// Sites that forget `autocomplete` still name their card and code fields plainly.
const SECRET_NAME = /card.?num|cc.?num|credit.?card|cvv|cvc|security.?code|(^|[^a-z])(otp|csc)([^a-z]|$)|one.?time|passcode|password|pin.?code/i;
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

/** True for a field whose content must stay unread whatever it holds. */
export function isPrivateField(el: Element): boolean {
  const autocomplete = el.getAttribute('autocomplete') ?? '';
  if (SECRET_AUTOCOMPLETE.test(autocomplete)) return true;
  if (el instanceof HTMLInputElement) {
    if (el.type === 'password' || el.type === 'hidden') return true;
    const names = `${el.name} ${el.id}`;
    if (SECRET_NAME.test(names)) return true;
  }
  return isHidden(el);
}

/** Hidden fields are never read: they are not what the user is typing in. */
export function isHidden(el: Element): boolean {
  if (el.closest('[hidden],[aria-hidden="true"]')) return true;
  return el.getClientRects().length === 0;
}

/** A single-line input is coached only when it is a plain text box. */
export function isTextInput(el: Element): el is HTMLInputElement {
  return el instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(el.getAttribute('type')?.toLowerCase() ?? '');
}

/** Text inputs join in once they hold a sentence or more, not a name or a search term. */
export function holdsSentence(value: string): boolean {
  return value.trim().split(/\s+/).length >= 5;
}
