// Choose which answer of a prep doc to coach.
import type { Story } from '@/lib/engine/report';

export function StoryPicker({ stories, text, value, onChange }: { stories: Story[]; text: string; value: number; onChange(index: number): void }) {
  return (
    <label className="picker">
      <span className="sr-only">Answer to coach</span>
      <select value={value} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {stories.map((s, i) => (
          <option key={s.start} value={i}>
            {i + 1}. {(s.title ?? text.slice(s.start, s.start + 60)).replace(/\s+/g, ' ').trim()}
          </option>
        ))}
      </select>
    </label>
  );
}
