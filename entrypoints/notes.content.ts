// Note-field source (SPEC §1): reads only the field the user is typing in, in every frame, and
// sends its text to the background. No analysis runs here.
import { onMessage, sendMessage } from '@/lib/messaging';
import { runFieldIntent } from '@/lib/sources/field-intents';
import { watchFields, type FieldWatcher } from '@/lib/sources/field-watcher';
import { topSite, watchSiteState } from '@/lib/sources/site-switch';
import { isVideoCallHost } from '@/lib/ui/video-call';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Google Docs has its own text source (google-docs.content.ts).
  excludeMatches: ['https://docs.google.com/document/*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    const site = topSite(location);
    // Text typed on a call page (the meeting chat) is never read (SPEC §5); the background checks too.
    if (isVideoCallHost(site, window === window.top ? location.pathname : '/')) return;
    let watcher: FieldWatcher | null = null;

    const start = () =>
      watchFields(
        document,
        ({ fieldId, label, hint, text, caret }) => {
          void sendMessage('textChanged', {
            source: { kind: 'field', site, label, fieldId, writable: true },
            text,
            caret,
            hint,
          }).catch(() => undefined); // the worker may be restarting; the next edit is sent again
        },
        (fieldId, caret) => void sendMessage('caretMoved', { fieldId, caret }).catch(() => undefined),
        () => void sendMessage('wake', undefined).catch(() => undefined),
      );

    const stopWatching = watchSiteState(site, (state) => {
      if (state === 'on') {
        watcher ??= start();
        return;
      }
      watcher?.stop();
      watcher = null;
      if (window === window.top) {
        const source = { kind: 'field' as const, site, label: site, fieldId: '', writable: false };
        void sendMessage('sourceStatus', { source, status: state }).catch(() => undefined);
      }
    });

    const removeApply = onMessage('applyInField', ({ data }) => runFieldIntent(watcher, data, 'apply'));
    const removeReveal = onMessage('revealInField', ({ data }) => runFieldIntent(watcher, data, 'reveal'));
    ctx.onInvalidated(() => {
      stopWatching();
      watcher?.stop();
      removeApply();
      removeReveal();
    });
  },
});
