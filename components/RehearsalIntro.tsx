// Before a rehearsal: the plan (each part's target band, whether the draft has it), what the
// microphone and on-device speech can do here, and the two ways to start.
import type { PlanPart } from '@/lib/rehearsal/targets';
import { MIC_BLOCKED_HELP, micSettingsUrl, openMicSettings } from '@/lib/rehearsal/mic-permission';
import { formatBand } from '@/lib/ui/format';
import { PART_LABELS } from '@/lib/ui/parts';
import type { RehearsalDevices } from './useRehearsalDevices';

export type StartProblem = 'asking' | 'granted' | 'denied' | 'no-mic' | 'mic-failed';

const PROBLEMS: Record<Exclude<StartProblem, 'denied'>, string> = {
  asking: 'Allow the microphone in the tab that just opened, then press Rehearse aloud again.',
  granted: 'Microphone allowed. Press Rehearse aloud to start.',
  'no-mic': 'No microphone was found. Plug one in, or rehearse with the timer only.',
  'mic-failed': 'The microphone could not be opened. Close other apps using it and try again, or rehearse with the timer only.',
};

export function RehearsalIntro(props: {
  plan: PlanPart[];
  devices: RehearsalDevices;
  problem: StartProblem | null;
  starting: boolean;
  onAloud(): void;
  onTimer(): void;
}) {
  const { plan, devices, problem, starting } = props;
  return (
    <>
      <p className="rehearsal-intro">
        Say your answer out loud, part by part, and move on with <kbd>Space</kbd> or <kbd>Enter</kbd>. Each part is timed against its
        target; your draft’s sentences show as cues.
      </p>
      <ol className="plan" aria-label="Target for each part">
        {plan.map((p) => (
          <li key={p.kind} className={p.cues.length ? '' : 'is-missing'}>
            <span className={`dot part-${p.kind}`} aria-hidden="true" />
            {PART_LABELS[p.kind]} <span className="muted">{formatBand(p.target)}</span>
            {!p.cues.length && <span className="sr-only"> (not in your draft yet)</span>}
          </li>
        ))}
      </ol>
      <SpeechLine devices={devices} />
      {devices.mic === 'prompt' && !problem && (
        <p className="rehearsal-note">The first time, a tab opens to ask for the microphone (a side panel cannot ask).</p>
      )}
      {problem === 'denied' || (devices.mic === 'denied' && problem !== 'granted') ? (
        <div className="rehearsal-note is-problem" role="alert" data-mic="denied">
          <p>{MIC_BLOCKED_HELP}</p>
          {micSettingsUrl() && (
            <button type="button" className="btn btn-small" onClick={() => void openMicSettings()}>Open microphone settings</button>
          )}
        </div>
      ) : (
        problem && <p className={`rehearsal-note ${problem === 'granted' ? '' : 'is-problem'}`} role="status">{PROBLEMS[problem]}</p>
      )}
      <div className="row">
        <button type="button" className="btn btn-primary" data-action="rehearse-aloud" disabled={starting} onClick={props.onAloud}>
          {starting ? 'Opening the microphone…' : 'Rehearse aloud'}
        </button>
        <button type="button" className="btn" onClick={props.onTimer} disabled={starting}>Timer only</button>
      </div>
    </>
  );
}

function SpeechLine({ devices }: { devices: RehearsalDevices }) {
  const { speech, installing } = devices;
  if (speech === null) return null;
  if (speech === 'available') {
    return <p className="rehearsal-note" data-speech="on-device">Transcript on: speech is recognized on this device, for fillers, the coach’s checks and a comparison with your draft.</p>;
  }
  if (speech === 'downloadable' || speech === 'downloading') {
    return (
      <p className="rehearsal-note" data-speech={speech}>
        {speech === 'downloading' || installing
          ? 'Downloading the on-device speech model… Voice measures work meanwhile.'
          : 'Download the on-device speech model once to also get fillers and a comparison with your draft.'}{' '}
        {speech === 'downloadable' && !installing && (
          <button type="button" className="btn btn-small" onClick={() => void devices.installSpeech()}>Download speech model</button>
        )}
      </p>
    );
  }
  return (
    <p className="rehearsal-note" data-speech="unavailable">
      Voice only: this browser cannot recognize speech on the device, so there is no transcript. Your voice is measured here; nothing is recorded or sent.
    </p>
  );
}
