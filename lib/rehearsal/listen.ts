// The microphone, measured on the device: a Web Audio graph (microphone → level-meter worklet)
// that turns the stream into 20 ms loudness frames for the voice detector. No sample is stored or
// sent; closing stops the microphone.
import { browser } from '#imports';
import { VoiceDetector, type Frame } from './vad';

export interface Listening {
  /** Seconds on the audio clock, the clock the frames are stamped with. */
  now(): number;
  detector: VoiceDetector;
  /** Every frame measured so far (about 50 a second: a few hundred kB for a long answer). */
  frames: Frame[];
  close(): Promise<void>;
}

/**
 * Opens the microphone once (from a click) and starts measuring. Raw input: echo cancellation,
 * noise suppression and gain control would reshape the very pauses being timed.
 */
export async function startListening(onFrame: (latest: Frame, speaking: boolean) => void): Promise<Listening> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
  });
  const context = new AudioContext();
  try {
    await context.audioWorklet.addModule(browser.runtime.getURL('/audio/level-meter.js'));
    const source = context.createMediaStreamSource(stream);
    // No outputs: the node is always processed and plays nothing back.
    const meter = new AudioWorkletNode(context, 'level-meter', { numberOfInputs: 1, numberOfOutputs: 0 });
    const detector = new VoiceDetector();
    const frames: Frame[] = [];
    meter.port.onmessage = (e: MessageEvent<Frame[]>) => {
      for (const frame of e.data) {
        frames.push(frame);
        detector.push(frame);
      }
      onFrame(e.data[e.data.length - 1]!, detector.speaking);
    };
    source.connect(meter);
    await context.resume();
    return {
      now: () => context.currentTime,
      detector,
      frames,
      async close() {
        meter.port.onmessage = null;
        source.disconnect();
        for (const track of stream.getTracks()) track.stop();
        await context.close();
      },
    };
  } catch (error) {
    for (const track of stream.getTracks()) track.stop();
    await context.close();
    throw error;
  }
}
