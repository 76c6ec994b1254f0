// What the Rehearse tab can use on this device: the microphone's permission (followed live, so a
// grant given in the asking page shows up here) and on-device speech recognition.
import { useCallback, useEffect, useState } from 'react';
import { watchMicPermission, type MicPermission } from '@/lib/rehearsal/mic-permission';
import { findRecognition, installOnDevice, onDeviceStatus, type OnDeviceStatus } from '@/lib/rehearsal/recognition';

/** The engine coaches English; recognition follows the browser's English variant if it has one. */
export function speechLang(): string {
  return navigator.language?.toLowerCase().startsWith('en') ? navigator.language : 'en-US';
}

const RECHECK_WHILE_DOWNLOADING_MS = 5000;

export interface RehearsalDevices {
  mic: MicPermission | null;
  speech: OnDeviceStatus | null;
  /** Downloads the on-device language pack; call only from a click. */
  installSpeech(): Promise<void>;
  installing: boolean;
}

export function useRehearsalDevices(): RehearsalDevices {
  const [mic, setMic] = useState<MicPermission | null>(null);
  const [speech, setSpeech] = useState<OnDeviceStatus | null>(null);
  const [installing, setInstalling] = useState(false);

  useEffect(() => {
    let alive = true;
    let stop = () => undefined as void;
    void watchMicPermission((s) => alive && setMic(s)).then((w) => {
      if (!alive) return w.stop();
      setMic(w.state);
      stop = w.stop;
    });
    return () => {
      alive = false;
      stop();
    };
  }, []);

  const check = useCallback(async () => setSpeech(await onDeviceStatus(findRecognition(), speechLang())), []);
  useEffect(() => void check(), [check]);
  useEffect(() => {
    if (speech !== 'downloading') return;
    const t = setInterval(() => void check(), RECHECK_WHILE_DOWNLOADING_MS);
    return () => clearInterval(t);
  }, [speech, check]);

  const installSpeech = async () => {
    setInstalling(true);
    try {
      await installOnDevice(findRecognition(), speechLang());
    } finally {
      setInstalling(false);
      await check();
    }
  };
  return { mic, speech, installSpeech, installing };
}
