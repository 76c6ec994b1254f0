import { describe, expect, it } from 'vitest';
import { findRecognition, installOnDevice, onDeviceStatus, startOnDevice } from '../../../lib/rehearsal/recognition';
import { fakeRecognition } from './fake-recognition';

const clock = () => 0;

// The privacy promise: recognition never starts unless processLocally = true takes effect.
describe('on-device recognition only', () => {
  it('never starts a recognizer without processLocally support', async () => {
    const fake = fakeRecognition({ availability: null, processLocally: 'missing' });
    expect(await onDeviceStatus(fake.Class, 'en-US')).toBe('unsupported');
    expect(await startOnDevice(fake.Class, 'en-US', clock)).toBeNull();
    expect(fake.instances.flatMap((i) => i.starts)).toEqual([]);
  });

  it('never starts when available() is there but the instance has no processLocally', async () => {
    const fake = fakeRecognition({ availability: 'available', processLocally: 'missing' });
    expect(await startOnDevice(fake.Class, 'en-US', clock)).toBeNull();
    expect(fake.instances.flatMap((i) => i.starts)).toEqual([]);
  });

  it('never starts when setting processLocally does not take effect', async () => {
    const fake = fakeRecognition({ availability: 'available', processLocally: 'ignored' });
    expect(await startOnDevice(fake.Class, 'en-US', clock)).toBeNull();
    expect(fake.instances.flatMap((i) => i.starts)).toEqual([]);
  });

  it.each(['unavailable', 'downloadable', 'downloading'])('never starts while the language pack is %s', async (availability) => {
    const fake = fakeRecognition({ availability });
    expect(await startOnDevice(fake.Class, 'en-US', clock)).toBeNull();
    expect(fake.instances).toEqual([]);
  });

  it('never starts when the browser has no recognizer at all', async () => {
    expect(findRecognition({})).toBeNull();
    expect(await onDeviceStatus(null, 'en-US')).toBe('unsupported');
    expect(await startOnDevice(null, 'en-US', clock)).toBeNull();
  });

  it('starts with processLocally = true when the pack is installed', async () => {
    const fake = fakeRecognition();
    const t = await startOnDevice(fake.Class, 'en-US', clock);
    expect(t).not.toBeNull();
    expect(fake.instances[0]!.starts).toEqual([{ processLocally: true }]);
    expect(fake.instances[0]!.lang).toBe('en-US');
  });
});

describe('recognition results', () => {
  it('keeps final results stamped with the clock when they arrived', async () => {
    let now = 3.5;
    const fake = fakeRecognition();
    const t = (await startOnDevice(fake.Class, 'en-US', () => now))!;
    fake.instances[0]!.say(' I rolled back the cache change ');
    now = 9;
    fake.instances[0]!.say('timeouts fell to zero');
    expect(t.heard).toEqual([
      { text: 'I rolled back the cache change', at: 3.5 },
      { text: 'timeouts fell to zero', at: 9 },
    ]);
  });

  it('restarts after the browser ends a quiet stretch, and not after Stop', async () => {
    const fake = fakeRecognition();
    const t = (await startOnDevice(fake.Class, 'en-US', clock))!;
    fake.instances[0]!.onend?.();
    expect(fake.instances[0]!.starts).toHaveLength(2);
    t.stop();
    expect(fake.instances[0]!.starts).toHaveLength(2);
  });

  it('stops for good on an error that would repeat, and says which', async () => {
    const fake = fakeRecognition();
    const t = (await startOnDevice(fake.Class, 'en-US', clock))!;
    fake.instances[0]!.onerror?.({ error: 'language-not-supported' });
    fake.instances[0]!.onend?.();
    expect(fake.instances[0]!.starts).toHaveLength(1);
    expect(t.problem).toBe('language-not-supported');
  });

  it('installs the language pack for on-device use only', async () => {
    const fake = fakeRecognition({ availability: 'downloadable' });
    expect(await installOnDevice(fake.Class, 'en-US')).toBe(true);
    expect(fake.installs).toEqual([{ langs: ['en-US'], processLocally: true }]);
    expect(await installOnDevice(fakeRecognition({ availability: null }).Class, 'en-US')).toBe(false);
  });
});
