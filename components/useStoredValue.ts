// A wxt storage item as React state, kept live across the panel, the popup and the background.
import { useEffect, useState } from 'react';
import type { WxtStorageItem } from '#imports';

export function useStoredValue<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let alive = true;
    void item.getValue().then((v) => alive && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      alive = false;
      unwatch();
    };
  }, [item]);
  return value;
}
