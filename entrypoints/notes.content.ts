// Note-field source (SPEC §1): reads only the field the user is typing in, in every frame, and
// sends its text to the background. No analysis runs here.
import { onMessage, sendMessage } from '@/lib/messaging';
import { runFieldIntent } from '@/lib/sources/field-intents';
import { createMarks } from '@/lib/sources/field-marks';
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
    let markedField = '';
    const marks = createMarks(document, ({ start, end }) => void sendMessage('openFinding', { fieldId: markedField, start, end }).catch(() => undefined));
    // An edit moves the text under the marks: they go until the new analysis sends fresh ones.
    const clearMarks = () => marks.clear();
    document.addEventListener('input', clearMarks, true);

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
        (fieldId, caret) => {
          if (fieldId === markedField) marks.caretAt(caret);
          void sendMessage('caretMoved', { fieldId, caret }).catch(() => undefined);
        },
        () => void sendMessage('wake', undefined).catch(() => undefined),
      );

    const stopWatching = watchSiteState(site, (state) => {
      if (state === 'on') {
        watcher ??= start();
        return;
      }
      watcher?.stop();
      watcher = null;
      marks.clear();
      if (window === window.top) {
        const source = { kind: 'field' as const, site, label: site, fieldId: '', writable: false };
        void sendMessage('sourceStatus', { source, status: state }).catch(() => undefined);
      }
    });

    const removeApply = onMessage('applyInField', ({ data }) => runFieldIntent(watcher, data, 'apply'));
    const removeReveal = onMessage('revealInField', ({ data }) => runFieldIntent(watcher, data, 'reveal'));
    const removeMarks = onMessage('showMarks', ({ data }) => {
      const field = watcher?.findField(data.fieldId);
      markedField = data.fieldId;
      if (field) marks.show(field, data.marks);
      else marks.clear();
    });
    ctx.onInvalidated(() => {
      stopWatching();
      watcher?.stop();
      marks.clear();
      removeMarks();
      document.removeEventListener('input', clearMarks, true);
      removeApply();
      removeReveal();
    });
  },
});
