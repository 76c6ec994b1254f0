// AudioWorklet: the loudness (RMS, dBFS) of each 20 ms frame of the microphone, stamped with the
// audio clock, posted five frames at a time (10 messages a second keep the page's thread idle).
// Only these numbers leave the audio thread; the samples are never kept or sent.
class LevelMeter extends AudioWorkletProcessor {
  constructor() {
    super();
    this.size = Math.max(1, Math.round(sampleRate * 0.02));
    this.sum = 0;
    this.count = 0;
    this.start = -1;
    this.batch = [];
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
        this.batch.push({ t: this.start, level });
        if (this.batch.length === 5) {
          this.port.postMessage(this.batch);
          this.batch = [];
        }
        this.sum = 0;
        this.count = 0;
      }
    }
    return true;
  }
}

registerProcessor('level-meter', LevelMeter);
