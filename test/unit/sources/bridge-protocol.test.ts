import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNEL, envelope, openEnvelope } from '@/lib/sources/google-docs/bridge-protocol';

// Stands for the page's window; only identity matters to the check.
const win = {} as Window;
const event = (data: unknown, source: unknown = win) => ({ data, source }) as MessageEvent;

describe('Docs bridge channel', () => {
  it('opens our own messages', () => {
    const message = envelope('n0nce', { type: 'text', text: 'I fixed it.' });
    expect(message.channel).toBe(BRIDGE_CHANNEL);
    expect(openEnvelope(event(message), win, 'n0nce')).toMatchObject({ type: 'text', text: 'I fixed it.' });
  });

  it('ignores messages with another nonce, another channel, or from another window', () => {
    const message = envelope('n0nce', { type: 'text', text: 'forged' });
    expect(openEnvelope(event(message), win, 'other')).toBeNull();
    expect(openEnvelope(event({ ...message, channel: 'someone-else' }), win, 'n0nce')).toBeNull();
    expect(openEnvelope(event(message, {}), win, 'n0nce')).toBeNull();
    expect(openEnvelope(event('a string'), win, 'n0nce')).toBeNull();
  });
});
