// Google Docs text source (SPEC §6), isolated world: the annotated canvas when Docs offers it,
// else the export read by the background. Respects the site switch and the pause.
import { onMessage, sendMessage } from '@/lib/messaging';
import { docRefFromUrl } from '@/lib/sources/google-docs/doc-ref';
import { scriptedPasteCarriesText } from '@/lib/sources/google-docs/docs-edit';
import { startDocsSource } from '@/lib/sources/google-docs/docs-source';
import { watchSiteState, type SiteState } from '@/lib/sources/site-switch';

export default defineContentScript({
  matches: ['https://docs.google.com/document/*'],
  runAt: 'document_start',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const doc = docRefFromUrl(location.href);
    if (!doc) return;
    const ignoreGone = () => undefined; // the worker may be restarting; the next edit is sent again
    let state: SiteState | null = null;
    const docs = startDocsSource(window, {
      extensionId: browser.runtime.id,
      doc,
      isOn: () => state === 'on',
      canApply: scriptedPasteCarriesText(window),
      sendText: (source, text, caret) => void sendMessage('textChanged', { source, text, caret }).catch(ignoreGone),
      wantExport: (title) => void sendMessage('docsExportWanted', { ...doc, title }).catch(ignoreGone),
    });
    const stopWatching = watchSiteState(location.hostname, (next) => {
      state = next;
      if (next === 'on') docs.refresh();
      else void sendMessage('sourceStatus', { source: docs.source(), status: next }).catch(ignoreGone);
    });
    const removeApply = onMessage('applyInField', ({ data }) =>
      state === 'on' ? docs.runIntent(data, 'apply') : { ok: false, reason: 'not-writable' },
    );
    const removeReveal = onMessage('revealInField', ({ data }) =>
      state === 'on' ? docs.runIntent(data, 'reveal') : { ok: false, reason: 'not-writable' },
    );
    ctx.onInvalidated(() => {
      stopWatching();
      removeApply();
      removeReveal();
    });
  },
});
