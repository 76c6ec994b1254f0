// Is this a live video-interview page? Then the popup shows cues only, never full answers.

const CALL_HOSTS: { host: string; path?: RegExp }[] = [
  { host: 'meet.google.com' },
  { host: 'zoom.us' },
  { host: 'zoom.com' },
  { host: 'teams.microsoft.com' },
  { host: 'teams.live.com' },
  { host: 'webex.com' },
  { host: 'hirevue.com' },
  { host: 'whereby.com' },
  { host: 'meet.jit.si' },
  { host: 'coderpad.io' },
  { host: 'codility.com' },
  { host: 'sparkhire.com' },
  { host: 'modernhire.com' },
  { host: 'chime.aws' },
  { host: 'bluejeans.com' },
  { host: 'gotomeeting.com' },
  { host: 'meet.goto.com' },
  { host: 'skype.com', path: /^\/(call|meet)/ },
  { host: 'app.slack.com', path: /\/huddle/ },
];

function matchesHost(hostname: string, host: string): boolean {
  return hostname === host || hostname.endsWith(`.${host}`);
}

export function isVideoCallHost(hostname: string, pathname = '/'): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return CALL_HOSTS.some((c) => matchesHost(h, c.host) && (!c.path || c.path.test(pathname)));
}

export function isVideoCallUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
    return isVideoCallHost(u.hostname, u.pathname);
  } catch {
    return false;
  }
}
