// storage.local keys of the site switch and the pause. Content scripts read them directly with
// browser.storage, which keeps the storage helper library out of the 20 kB content script.
export const DISABLED_SITES_KEY = 'disabledSites';
export const PAUSED_KEY = 'paused';
