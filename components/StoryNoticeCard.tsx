// Why a story gets no advice on purpose: it does not read as a story yet (the coach says what it
// waits for), or its question asks for no story (timing only, and why).
import type { StoryNotice } from '@/lib/engine/report';

const TITLES: Record<StoryNotice['kind'], string> = {
  'not-a-story': 'Not a story yet',
  'not-star-question': 'Timing only for this question',
};

export function StoryNoticeCard({ notice }: { notice: StoryNotice }) {
  return (
    <section className="card" role="status" data-notice={notice.kind}>
      <h2>{TITLES[notice.kind]}</h2>
      <p className="muted">{notice.message}</p>
    </section>
  );
}
