// AudioWorklet: the loudness (RMS, dBFS) of each 20 ms frame of the microphone, stamped with the
// audio clock. Only these numbers leave the audio thread; the samples are never kept or sent.
class LevelMeter extends AudioWorkletProcessor {
  constructor() {
    super();
    this.size = Math.max(1, Math.round(sampleRate * 0.02));
    this.sum = 0;
    this.count = 0;
    this.start = -1;
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (!channel) return true;
    for (let i = 0; i < channel.length; i++) {
      if (this.count === 0) this.start = currentTime + i / sampleRate;
      this.sum += channel[i] * channel[i];
      this.count++;
      if (this.count === this.size) {
        const level = this.sum > 0 ? 10 * Math.log10(this.sum / this.count) : -Infinity;
        this.port.postMessage({ t: this.start, level });
        this.sum = 0;
        this.count = 0;
      }
    }
    return true;
  }
}

registerProcessor('level-meter', LevelMeter);
