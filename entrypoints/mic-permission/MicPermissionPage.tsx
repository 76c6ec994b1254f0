// The one page that asks for the microphone, because the side panel cannot show the prompt.
// It asks once, on the user's click, releases the microphone at once, and closes itself.
import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { MIC_BLOCKED_HELP, micSettingsUrl, openMicSettings, watchMicPermission, type MicPermission } from '@/lib/rehearsal/mic-permission';

const CLOSE_AFTER_MS = 1500;

export function MicPermissionPage() {
  const [state, setState] = useState<MicPermission | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let stop = () => undefined as void;
    void watchMicPermission(setState).then((w) => {
      setState(w.state);
      stop = w.stop;
    });
    return () => stop();
  }, []);

  useEffect(() => {
    if (state !== 'granted') return;
    const t = setTimeout(() => void closeThisTab(), CLOSE_AFTER_MS);
    return () => clearTimeout(t);
  }, [state]);

  const ask = async () => {
    setAsking(true);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      for (const track of stream.getTracks()) track.stop();
      setState('granted');
    } catch {
      setState('denied');
    } finally {
      setAsking(false);
    }
  };

  return (
    <main className="mic-page">
      <h1><span aria-hidden="true">★</span> STAR Coach</h1>
      {state === 'granted' ? (
        <p role="status" data-mic="granted">Microphone allowed. Go back to the coach and press Rehearse aloud; this tab closes itself.</p>
      ) : state === 'denied' ? (
        <div role="alert" data-mic="denied">
          <p>{MIC_BLOCKED_HELP}</p>
          {micSettingsUrl() && (
            <button type="button" className="btn" onClick={() => void openMicSettings()}>Open microphone settings</button>
          )}
        </div>
      ) : (
        <>
          <p>To time your answer as you say it, STAR Coach listens to the microphone while you rehearse; the sound never leaves this device.</p>
          <button type="button" className="btn btn-primary" data-action="allow-microphone" disabled={asking} onClick={() => void ask()}>
            Allow microphone
          </button>
        </>
      )}
    </main>
  );
}

async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
}
