// Types for scripts/chromium.mjs (plain JS so `node` can run the scripts that use it).
export function extensionArgs(extensionDir: string): string[];
export function findBrowser(): string | undefined;
