import { defineConfig } from 'wxt';
import { noInnerHtml } from './scripts/no-inner-html';
import { packedWeights } from './scripts/packed-weights';
import { stripRuleExamples } from './scripts/strip-rule-examples';
import { OPEN_COACH_COMMAND, OPEN_COACH_KEY } from './lib/ui/shortcut';

// Chrome gets the side panel; Firefox gets the same page as a sidebar (WXT maps it).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  // Firefox too: its MV3 runs the Docs bridge in the page's world (Firefox 128+), which MV2 ignores.
  manifestVersion: 3,
  vite: () => ({ plugins: [noInnerHtml(), packedWeights(), stripRuleExamples()] }),
  manifest: ({ browser }) => ({
    name: 'STAR Coach',
    description: 'Coaches your behavioral-interview answers while you draft them. Everything stays on your device.',
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Only for the Docs export of the document the user is in (SPEC §6).
    host_permissions: ['https://docs.google.com/*'],
    action: { default_title: 'STAR Coach' },
    // A keyboard shortcut opens the side panel (background.ts); Firefox's sidebar has its own.
    ...(browser === 'firefox'
      ? {}
      : { commands: { [OPEN_COACH_COMMAND]: { suggested_key: { default: OPEN_COACH_KEY }, description: 'Open the STAR Coach side panel' } } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected: all analysis runs on the device. Desktop Firefox reads the
            // data-collection declaration from 140 (ESR), Android from 142.
            gecko: { id: 'star-coach@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
          // Firefox opens (and closes) the sidebar itself on this shortcut; no code needed.
          commands: { _execute_sidebar_action: { suggested_key: { default: OPEN_COACH_KEY }, description: 'Open or close the STAR Coach sidebar' } },
        }
      : {}),
  }),
});
