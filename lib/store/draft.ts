// The side panel's own draft box, kept so a closed panel loses nothing.
import { storage } from '#imports';

export const draftItem = storage.defineItem<string>('local:draft', { fallback: '', version: 1 });
/** Whether the panel coaches its draft rather than the page. */
export const panelModeItem = storage.defineItem<'page' | 'draft'>('local:panelMode', { fallback: 'page', version: 1 });
