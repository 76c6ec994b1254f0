import { describe, expect, it } from 'vitest';
import { isVideoCallHost, isVideoCallUrl } from '../../../lib/ui/video-call';

describe('video-call pages', () => {
  it.each([
    'https://meet.google.com/abc-defg-hij',
    'https://zoom.us/j/123456789',
    'https://us02web.zoom.us/wc/123/join',
    'https://teams.microsoft.com/l/meetup-join/xyz',
    'https://teams.live.com/meet/123',
    'https://acme.webex.com/meet/jane',
    'https://app.hirevue.com/interviews/abc',
    'https://whereby.com/room',
  ])('%s is a call page', (url) => {
    expect(isVideoCallUrl(url)).toBe(true);
  });

  it.each([
    'https://docs.google.com/document/d/1/edit',
    'https://mail.google.com/',
    'https://notzoom.us/',
    'https://zoom.us.evil.example/j/1',
    'https://www.linkedin.com/in/someone',
    'chrome://extensions',
    'not a url',
    undefined,
  ])('%s is not', (url) => {
    expect(isVideoCallUrl(url)).toBe(false);
  });

  it('matches a bare host too, as the panel knows only the site', () => {
    expect(isVideoCallHost('MEET.GOOGLE.COM')).toBe(true);
    expect(isVideoCallHost('example.com')).toBe(false);
  });
});
