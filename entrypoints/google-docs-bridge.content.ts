// Google Docs, page (MAIN) world at document_start: see lib/sources/google-docs/docs-bridge.ts.
// MAIN-world scripts cannot reach browser.* APIs; the isolated Docs script hands over our id.
import { startDocsBridge } from '@/lib/sources/google-docs/docs-bridge';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    startDocsBridge(window);
  },
});
