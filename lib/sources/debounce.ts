// Trailing-edge debounce: many edits in a burst cost one read of the field.
export interface Debounced {
  (): void;
  cancel(): void;
  /** Runs a pending call now. */
  flush(): void;
}

export function debounce(run: () => void, waitMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    run();
  };
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, waitMs);
  };
  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  debounced.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    fire();
  };
  return debounced;
}
