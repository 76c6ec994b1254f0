// An on/off switch over a stored value: it flips at once, and follows the stored value after.
import { useEffect, useState, type ReactNode } from 'react';

export function Switch({ checked, onChange, children }: { checked: boolean; onChange(on: boolean): void; children: ReactNode }) {
  const [shown, setShown] = useState(checked);
  useEffect(() => setShown(checked), [checked]);
  return (
    <label className="switch">
      <input
        type="checkbox"
        role="switch"
        checked={shown}
        onChange={(e) => {
          setShown(e.currentTarget.checked);
          onChange(e.currentTarget.checked);
        }}
      />
      <span>{children}</span>
    </label>
  );
}
